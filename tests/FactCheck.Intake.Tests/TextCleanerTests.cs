using FactCheck.Intake.Cleaning;
using FactCheck.Tests;

namespace FactCheck.Intake.Tests;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("000_1119dc488f61214e.txt", "600 Afghan soldiers killed over last 2 months")]
    [InlineData("000_1119dc488f61214e.txt", "Daesh kills 18 civilians trying")]
    [InlineData("000_1119dc488f61214e.txt", "Facebook revenue estimated at $4.27 billion")]
    [InlineData("004_3ab6985a582e9a11.txt", "1,750 persons")]
    public void Should_drop_sidebar_headlines(string doc, string noise)
    {
        var original = Samples.Read("astana-talks", doc);

        var cleaned = TextCleaner.Clean(original);

        Assert.Contains(noise, original);
        Assert.DoesNotContain(noise, cleaned.Text);
    }

    [Fact]
    public void Should_keep_story_paragraphs_verbatim_at_their_source_offsets()
    {
        var original = Samples.Read("astana-talks", "000_1119dc488f61214e.txt");

        var cleaned = TextCleaner.Clean(original);

        Assert.Contains("The war has left more than 340,000 people dead", cleaned.Text);
        foreach (var segment in cleaned.Segments)
            Assert.Equal(original.Substring(segment.SourceStart, segment.Length), cleaned.Text.Substring(segment.CleanStart, segment.Length));
    }

    [Fact]
    public void Should_drop_the_comment_section_below_the_story_but_not_the_story_below_a_comment_counter()
    {
        var cleaned = TextCleaner.Clean("""
            Cyclone kills 14 in Merevia
            Share on Facebook   Share on X   218 comments
            At least 14 people have been killed after the cyclone tore across the northern coast, officials said on Sunday.
            The storm came ashore at 3.40pm on Saturday with sustained winds of 185km/h, the weather service said.
            Rescuers were still searching the upper valley for people reported missing, the agency's director said.
            Comments (218)
            Aldo_V: Praying for everyone in Port Anselm tonight.
            nordcoast_mum: 14 is already too many. Why did the bridge stay open so long?
            Kestrel88: My sister in Brannock says they have been without water since 2am.
            """);

        Assert.Contains("At least 14 people have been killed", cleaned.Text);
        Assert.Contains("the agency's director said.", cleaned.Text);
        Assert.DoesNotContain("Praying", cleaned.Text);
        Assert.DoesNotContain("without water since 2am", cleaned.Text);
    }

    [Fact]
    public void Should_drop_a_promotion_whose_terms_apply()
    {
        var cleaned = TextCleaner.Clean("""
            Thousands marched through the capital on Thursday against the pension law, the third protest in a month.
            Police said 30,000 people took part, while the unions put the figure at 120,000.
            The government says the reform is needed to keep the pension system solvent.
            PRIZE BINGO - 20 free spins for new players. 18+. T&Cs apply.
            """);

        Assert.Contains("keep the pension system solvent", cleaned.Text);
        Assert.DoesNotContain("free spins", cleaned.Text);
    }

    [Theory]
    [InlineData("Share  |  Save  |  Print  |  Gift this article  |  Comments (112)")]
    [InlineData("PUZZLES: Play today's Sudoku and win 500 krona!")]
    [InlineData("Watch Channel Four Tonight at 22:30 for the latest from the coast.")]
    [InlineData("Listen again: \"The Vote\" - a special edition of the Politics Hour, Thursday from 21:00 on 98.4 FM and online.")]
    [InlineData("Coastline Newswire is the leading independent news agency for the region, with 38 bureaux and more than 600 journalists.")]
    [InlineData("NEWSLETTER: The Ledger Weekend - the week's best writing, every Saturday at 8am. Try 12 weeks for 1 crown.")]
    [InlineData("DON'T MISS: Win a family holiday worth 5,000 crowns - text KLAXON to 8080.")]
    [InlineData("[Video, 2:40] Watch: the final bids for the harbour scene")]
    [InlineData("- From the archive, 1989: \"200,000 stand silent in Cathedral Square\"")]
    [InlineData("Norvaal Star: 30 years on, the scars remain (from the archive, 2019)")]
    public void Should_drop_share_bars_puzzles_programme_promos_and_an_agency_describing_itself(string furniture)
    {
        var cleaned = TextCleaner.Clean($"""
            Thousands marched through the capital on Thursday against the pension law, the third protest in a month.
            {furniture}
            Police said 30,000 people took part, while the unions put the figure at 120,000.
            The government says the reform is needed to keep the pension system solvent.
            """);

        Assert.Contains("keep the pension system solvent", cleaned.Text);
        Assert.DoesNotContain(furniture, cleaned.Text);
    }

    [Fact]
    public void Should_drop_a_link_list_whose_entries_are_labelled_listen_or_watch_after_a_bullet()
    {
        var cleaned = TextCleaner.Clean("""
            The race concludes in the capital on Sunday after three weeks and 21 stages of racing through the mountains.

            Related
            - Tour 2025: full route, stage by stage (21 stages, 3,412km)
            - Stage 13 report: Brenn takes third sprint win in the valley
            - Listen: The Breakaway podcast, episode 112 - can anyone stop the leader?
            """);

        Assert.DoesNotContain("full route", cleaned.Text);
        Assert.DoesNotContain("podcast", cleaned.Text);
    }

    [Fact]
    public void Should_leave_nothing_when_the_text_is_only_furniture()
    {
        var cleaned = TextCleaner.Clean("Share on Facebook\nShare on twitter\nLeave a Reply\n\n© 2021 All rights reserved");

        Assert.Equal("", cleaned.Text);
    }

    [Fact]
    public void Should_drop_link_lists_and_wire_credits_that_read_as_sentences()
    {
        var cleaned = TextCleaner.Clean("""
            A Loran Navigation spokesman refused to comment last night, and the ministry said an inquiry would report within a month.

            DON'T MISS
            >> Reality star Kiki Morrow in 3am nightclub bust-up
            >> Bus crash on Route 9: 14 hurt, driver arrested (Sept 2)
            » Council approves budget after a long night of talks.
            - Valdessa central bank holds rate at 4.25% for third month (Sept 11)
            - Floods force 3,000 from homes in southern districts (12 August)
            Watch: Drone footage shows the capsized ferry in the river (1:48)
            VIDEO: Highlights of the final between the two seeds (3:12)
            > Mum-of-three, 41, wins payout after hospital blunder left her in agony
            Ashgrove Bridge: A history of the crossing in pictures (1968-2024)

            Got a story? Email news@example.com or WhatsApp us.

            (Reporting by Ivo Marchetti; Additional reporting by Sara Lindt in Merrow; Editing by Paul Okonjo)

            Our Standards: The CPA Trust Principles.
            All quotes delayed a minimum of 15 minutes.

            Latest scores
            Kelbridge Town 1-1 Marsh Rovers (FT, friendly)
            Ashby Athletic 3-0 Cottesby Saints (FT, friendly)

            KPT will broadcast a special edition of "The Week in Politics" on Tuesday at 21:00 on KPT1.
            """);

        Assert.Contains("refused to comment", cleaned.Text);
        Assert.DoesNotContain("Editing by", cleaned.Text);
        Assert.DoesNotContain("Trust Principles", cleaned.Text);
        Assert.DoesNotContain("Bus crash", cleaned.Text);
        Assert.DoesNotContain("Council approves", cleaned.Text);
        Assert.DoesNotContain("4.25%", cleaned.Text);
        Assert.DoesNotContain("3,000", cleaned.Text);
        Assert.DoesNotContain("Drone footage", cleaned.Text);
        Assert.DoesNotContain("Highlights", cleaned.Text);
        Assert.DoesNotContain("Mum-of-three", cleaned.Text);
        Assert.DoesNotContain("in pictures", cleaned.Text);
        Assert.DoesNotContain("quotes delayed", cleaned.Text);
        Assert.DoesNotContain("Cottesby Saints", cleaned.Text);
        Assert.DoesNotContain("special edition", cleaned.Text);
    }

    [Theory]
    [InlineData("election-count-valmora", "03.txt", "Mayor-elect promises an audit of the transport budget")]
    [InlineData("wildfire-carrow-valley", "03.txt", "US wildfire: couple among dead as Ridgeback blaze spreads")]
    [InlineData("merger-aldenmark-kerrow", "01.txt", "Aldenmark Foods to buy Kerrow Dairy for €85 million")]
    [InlineData("football-harbor-westbrook", "04.txt", "Harbor City climb to third after beating Westbrook")]
    [InlineData("aceh-quake-2013", "08.txt", "Strong earthquake hits Indonesia's Aceh province")]
    [InlineData("bridge-collapse-venmore", "01.txt", "Seven killed as highway bridge collapses into river in Venmore")]
    [InlineData("ferry-capsize-loran", "01.txt", "BREAKING - Ferry capsizes on Valdessa's Loran River, at least 12 dead")]
    [InlineData("bridge-collapse-venmore", "02.txt", "Engineers ask how a bridge rated \"fair\" only last year could fail without warning")]
    [InlineData("bridge-collapse-venmore", "05.txt", "Venmore bridge collapse: seven dead, four missing after Ashgrove Bridge falls into river")]
    public void Should_keep_the_headline_above_the_first_paragraph_and_pass_over_menus_outlet_names_and_dates(string cluster, string doc, string headline)
    {
        var cleaned = TextCleaner.Clean(Samples.Read(cluster, doc));

        Assert.Equal(headline, cleaned.Headline);
        Assert.DoesNotContain(headline, cleaned.Text);
    }

    [Theory]
    [InlineData("The Indian Navy on Saturday prevented pirates from attacking a merchant vessel, officials said.\nThe ship was safe.")]
    [InlineData("By Jane Doe and John Roe\nThe Indian Navy on Saturday prevented pirates from attacking a merchant vessel, officials said.")]
    [InlineData("Top News   National   World   Business   Sports   Photos\nThe Indian Navy on Saturday prevented pirates from attacking a merchant vessel, officials said.")]
    [InlineData("[Picture caption: The upturned hull of the ferry lies in the river]\nThe Indian Navy on Saturday prevented pirates from attacking a merchant vessel, officials said.")]
    [InlineData("Home | News | World | Sport\nThe Indian Navy on Saturday prevented pirates from attacking a merchant vessel, officials said.")]
    [InlineData("Updated: July 2, 2013 15:01 IST\nThe Indian Navy on Saturday prevented pirates from attacking a merchant vessel, officials said.")]
    public void Should_find_no_headline_when_the_text_opens_with_its_story_a_byline_a_menu_or_a_date(string text)
    {
        Assert.Null(TextCleaner.Clean(text).Headline);
    }
}
