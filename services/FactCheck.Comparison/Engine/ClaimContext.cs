using System.Text.RegularExpressions;
using FactCheck.Contracts;

namespace FactCheck.Comparison.Engine;

/// <summary>
/// What a claim's sentence says around its value: the words near it (stemmed), the years it is
/// anchored to and the place it is scoped to. Two claims on one slot describe the same fact only
/// when these agree, which keeps a background figure (the 2004 tsunami, the sixth-round knockdown)
/// from being compared with the story's own.
/// </summary>
public sealed partial record ClaimContext(IReadOnlySet<string> Near, IReadOnlySet<string> Sentence, IReadOnlySet<string> Years, string? Scope)
{
    private const int WordsBefore = 6;
    private const int WordsAfter = 7;
    private const int YearReach = 10;
    private const int MeasureReach = 10;
    private const double MeasureBonus = 0.15;
    private const int StemLength = 5;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "that", "this", "which", "who", "it", "its", "his", "her", "their",
        "he", "she", "they", "said", "says", "say", "than", "more", "least", "about", "around", "some", "over", "nearly",
        "almost", "up", "also", "after", "before", "into", "out", "not", "no", "there", "were", "would", "will", "could",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "people", "other", "others", "another",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "per", "so", "far",
        // Time words anchor a fact in time, which the years already decide; as context they would pair "last year" with "last year".
        "last", "year", "years", "month", "months", "week", "weeks", "yesterday", "today", "ago", "earlier", "later", "next",
    };

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "province", "district", "region", "state", "city", "town", "village", "county", "country", "countries", "area",
        "capital", "island", "islands", "nation", "nationwide", "worldwide", "alone", "world", "continent", "regency",
        "round", "half", "quarter", "period", "inning", "stage", "leg",
    };

    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "in", "on", "at", "with", "when", "after", "before", "from", "during", "since", "as", "around", "near",
        "where", "while", "who", "which", "that", "than", "to", "by", "for", "of", "was", "were", "is", "are", "has", "have",
        "had", "been", "said", "says", "will", "would",
    };

    // Newswire words for one thing, so "round of talks" meets "round of negotiations".
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["negot"] = "talk", ["meeti"] = "talk", ["summi"] = "talk", ["sessi"] = "talk", ["confe"] = "talk",
        ["kille"] = "death", ["killi"] = "death", ["kill"] = "death", ["dead"] = "death", ["died"] = "death", ["deat"] = "death",
        ["death"] = "death", ["fatal"] = "death", ["lives"] = "death", ["toll"] = "death",
        ["wound"] = "injur", ["hurt"] = "injur", ["injur"] = "injur",
        ["stopp"] = "stop", ["tko"] = "stop", ["stop"] = "stop", ["floor"] = "knock",
        ["bout"] = "fight", ["conte"] = "fight", ["match"] = "fight", ["fight"] = "fight", ["duel"] = "fight",
        ["victo"] = "win", ["won"] = "win", ["beat"] = "win", ["defea"] = "win", ["win"] = "win", ["winni"] = "win",
        ["detai"] = "arrest", ["captu"] = "arrest", ["nabbe"] = "arrest", ["arres"] = "arrest", ["seize"] = "arrest",
        ["earth"] = "quake", ["tremo"] = "quake", ["quake"] = "quake", ["struc"] = "hit", ["strik"] = "hit", ["hit"] = "hit",
        ["vesse"] = "ship", ["boat"] = "ship", ["ships"] = "ship", ["ship"] = "ship", ["dhow"] = "ship",
        ["votes"] = "vote", ["ballo"] = "vote", ["vote"] = "vote",
        ["jaile"] = "jail", ["jail"] = "jail", ["priso"] = "jail", ["sente"] = "jail", ["impri"] = "jail", ["custo"] = "jail",
        ["compl"] = "end", ["concl"] = "end", ["finis"] = "end", ["wrap"] = "end", ["close"] = "end", ["ended"] = "end", ["end"] = "end",
        ["reven"] = "sales", ["sales"] = "sales", ["turno"] = "sales",
        // What a buyer pays: "buy X for", "acquire X in a ... deal", "takeover", "bid".
        ["buy"] = "price", ["buyin"] = "price", ["bough"] = "price", ["acqui"] = "price", ["purch"] = "price", ["takeo"] = "price",
        ["deal"] = "price", ["bid"] = "price", ["price"] = "price",
        // What kidnappers want: "demanded $4m", "a $4 million ransom".
        ["ranso"] = "ransom", ["deman"] = "ransom",
        // What a winner takes home: "a winner's cheque of", "prize money", "a tasty payday".
        ["prize"] = "prize", ["chequ"] = "prize", ["check"] = "prize", ["payda"] = "prize", ["purse"] = "prize",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly HashSet<string> LocalNouns = new(StringComparer.Ordinal)
    {
        "district", "regency", "village", "county", "sub-district", "municipality", "neighbourhood", "neighborhood",
        "round", "half", "quarter", "period", "inning", "stage", "leg",
    };

    private static readonly HashSet<string> PlaceFillers = new(StringComparer.Ordinal)
    {
        "the", "town", "city", "village", "provincial", "capital", "coast", "port", "island", "of", "district", "province", "region",
    };

    // A figure next to these words is a part ("four other people died"), not the total.
    private static readonly HashSet<string> PartWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "other", "others", "another", "more", "additional", "further", "extra",
    };

    /// <summary>
    /// "Officials initially said nine people had been hurt, but later raised the figure to 11": the article itself says the
    /// figure was replaced, so it is no one's current claim. An earlier-figure word before the value and a revision after it.
    /// </summary>
    public bool Superseded { get; init; }

    /// <summary>
    /// "She could serve ten double faults and I wouldn't care", "if they had asked for a hundred million dollars": a figure
    /// a speaker imagines or forecasts is no one's report of what happened.
    /// </summary>
    public bool Hypothetical { get; init; }

    private const int ModalReach = 6;

    private static bool AfterModal(List<(int Index, string Text)> words, int at)
    {
        for (var i = Math.Max(0, at - ModalReach); i < at && i < words.Count; i++)
        {
            // Not "would" or "will": "said it would cut 1,200 jobs" reports a plan.
            if (words[i].Text is "could" or "might" or "if" or "If" or "should")
                return true;
        }

        return false;
    }

    private static bool ReplacedLater(string quote, int anchor, int length) =>
        anchor >= 0 && EarlierFigure().IsMatch(quote.AsSpan(0, anchor)) && Revision().IsMatch(quote.AsSpan(Math.Min(quote.Length, anchor + length)));

    [GeneratedRegex(@"\b(initially|originally|at first|first reported|earlier reported|had earlier|previously)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EarlierFigure();

    [GeneratedRegex(@"\b(later|since|subsequently|then|but now|now)\b(\s+\w+){0,3}?\s+(raised|revised|lowered|increased|cut|updated|corrected|reduced|put|doubled|upgraded|downgraded)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Revision();

    /// <summary>
    /// "212,000 homes were without power as of 6am on Sunday", "more than 11,000 shirts had been sold by mid-afternoon": the
    /// moment the sentence says its figure held. Two figures stamped at different moments are two readings of a count that
    /// moves, not a disagreement.
    /// </summary>
    public string? Stamp { get; init; }

    private static string? StampOf(string quote)
    {
        // "By Tuesday evening, 6,850 ... told reporters at a 6pm briefing": the clock time, when one is given, names the moment
        // as the other desks do.
        var matches = StampPhrase().Matches(quote);
        if (matches.Count == 0)
            return null;
        var m = matches.FirstOrDefault(x => x.Groups["when"].Value.Any(char.IsDigit)) ?? matches[0];
        var when = string.Concat(m.Groups["when"].Value.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        // "By the time the result was read out" stamps its figure with that moment, named by the clause's first words.
        // "Closed 0.7% weaker", "by the close of trading", "ended the day at": one moment, however a desk words it; so are
        // "within minutes", "within the hour" and "shortly after" the news.
        return m.Groups["close"].Success ? "close" : m.Groups["soon"].Success ? "soon" : when;
    }

    [GeneratedRegex(@"\b(?:as of|by|within|before)\s+(?<when>(?:about\s+|around\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d+\s+(?:minutes|hours|days)|(?:early\s+|late\s+|mid-?)?(?:morning|afternoon|evening)|midday|noon|midnight|last night|this morning|dawn|nightfall)"
        + @"|\b(?:on|by|as of)\s+(?<when>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:morning|afternoon|evening|night))"
        + @"|\b(?:at|by the time of)\s+(?:its|the|a|his|her|their)\s+(?<when>\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)|morning|afternoon|evening)\s+(?:briefing|update|news conference|press conference)"
        + @"|\b(?:briefing|update|news conference|press conference)(?:\s+in\s+\p{Lu}\p{L}+)?\s+at\s+(?<when>\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm))"
        + @"|(?<close>\b(?:at|by) the close\b|\bclosed\s+(?:(?:up|down|at|higher|lower)\s+)?\d|\bended the day\b)"
        + @"|(?<soon>\bwithin (?:minutes|the hour|an hour)\b|\bshortly after\b)"
        + @"|\bby the time\s+(?<when>\p{L}+(?:\s+\p{L}+){0,3})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StampPhrase();

    /// <summary>
    /// "Cut the rate from 4.50% to 4.25%", "to 4.25 per cent from 4.50 per cent", "down from 16 in 2019": the value a change
    /// started from. It is the old value, compared only with other old values, never with the new one.
    /// </summary>
    public bool Before { get; init; }

    private static bool ChangedFrom(List<(int Index, string Text)> words, int at)
    {
        var k = at - 1;
        if (k >= 0 && words[k].Text is "the" or "a" or "an" or "its" or "their")
            k--;
        if (k < 0 || k >= words.Count || words[k].Text != "from")
            return false;
        if (k >= 1 && words[k - 1].Text is "up" or "down")
            return true;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Text == "to" && i + 1 != at && char.IsDigit(words[i + 1].Text[0]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// "In figures it described as provisional and likely to rise", "a figure a spokesman said would be revised": an early
    /// reading its own sentence expects to change, compared only with other early readings.
    /// </summary>
    public bool Provisional { get; init; }

    [GeneratedRegex(@"\b(?:provisional|preliminary|(?:likely|expected) to (?:rise|climb|increase|grow)|would be revised|to be revised)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ProvisionalPhrase();

    /// <summary>
    /// "The first march on September 18 drew 62,000", "the third march on 28 October": the day-and-month a figure stands
    /// beside. Two figures beside different days are counts of two days' events, not two counts of one.
    /// </summary>
    public string? Day { get; init; }

    private const int DayReach = 6;

    private static string? DayOf(Reading reading, int at, out string? clauseDay)
    {
        clauseDay = null;
        string? near = null;
        var nearest = int.MaxValue;
        foreach (var (day, word) in reading.Days)
        {
            var distance = Math.Abs(word - at);
            if (day.Length > 4 && distance <= DayReach && distance < nearest)
                (near, nearest) = (day, distance);
            // "On 18 September, when police counted 62,000", "in September, when three members voted": a figure in a clause
            // hung on a day's or a month's event is that day's or month's.
            if (word < at && ClauseOfTheYear(reading.Words, word, at))
                clauseDay = day;
        }

        return near;
    }

    /// <summary>"The pieces were then valued at 4 million crowns", "worth 4 million at the time": a figure of an earlier time.</summary>
    [GeneratedRegex(@"\b(?:(?:was|were|is|are)\s+then|at the time|back then)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThenPhrase();

    /// <summary>
    /// "The museum will remain closed on Monday", "stayed shut on Tuesday": a day a state held, not the day something
    /// happened; a report of Monday and one of Tuesday are both true.
    /// </summary>
    public bool State { get; init; }

    [GeneratedRegex(@"\b(?:remain|remains|remained|stay|stays|stayed)\s+(?:[\p{L}-]+\s+){1,4}on\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StateBefore();

    /// <summary>
    /// "Who has been in the city since Sunday", "raised rates eleven times from May 2022": the day a state or a run began,
    /// compared only with other such starts, never with the day of an event ("the campaign began on Thursday").
    /// </summary>
    public bool Since { get; init; }

    [GeneratedRegex(@"\b(?:since|from)\s+(?:(?:the|last|early|late|mid)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpanStart();

    /// <summary>"Expected to cut jobs in the next 12 months", "over the past five years": a window of time, not how long something lasted.</summary>
    private static bool Window(List<(int Index, string Text)> words, int at) =>
        at >= 2 && at < words.Count && words[at - 1].Text is "next" or "past" or "last" or "coming" && words[at - 2].Text == "the";

    /// <summary>"£240,000 a week", "$1.2 million per year": a rate, compared only with rates of the same period.</summary>
    public string? Rate { get; init; }

    private static string? RatePeriod(List<(int Index, string Text)> words, int after)
    {
        if (after + 1 >= words.Count || words[after].Text is not ("a" or "an" or "per"))
            return null;
        var period = words[after + 1].Text;
        return period is "week" or "month" or "year" or "annum" or "day" or "hour" or "season" ? (period == "annum" ? "year" : period) : null;
    }

    /// <summary>"Another four people died", "14 others trapped": a part of a total, not comparable with totals.</summary>
    public bool Partial { get; init; }

    /// <summary>Words between two places in a sentence, a name of several words ("The Breakwater at Grenaa") counting as one.</summary>
    private static int Reach(List<(int Index, string Text)> words, int from, int to)
    {
        var (low, high) = from < to ? (from, to) : (to, from);
        var reach = 0;
        for (var i = low + 1; i < high && i < words.Count; i++)
        {
            if (!(char.IsUpper(words[i].Text[0]) && i > low + 1 && char.IsUpper(words[i - 1].Text[0])))
                reach++;
        }

        return reach + 1;
    }

    /// <summary>
    /// "A record of 9.2 million crowns, set in 2011, and the house's record of 26.9 million": a year closing a clause about
    /// another figure dates that figure, not the one after the next ", and".
    /// </summary>
    private static bool EarlierClausesYear(string quote, List<(int Index, string Text)> words, int year, int at)
    {
        if (year >= at || !NextClause().IsMatch(quote.AsSpan(words[year].Index, words[at].Index - words[year].Index)))
            return false;
        for (var i = year - 1; i >= 0 && i >= year - YearReach; i--)
        {
            if (char.IsDigit(words[i].Text[0]) && !Year().IsMatch(words[i].Text))
                return true;
        }

        return false;
    }

    /// <summary>"Shown at the fourth Salon in 1876 and bought in 1923": a nearer year on the same side dates the figure; the further one its own clause.</summary>
    private static bool Shielded(Reading reading, int year, int at) =>
        reading.Years.Any(other => (other.Word > year && other.Word < at) || (other.Word < year && other.Word > at));

    [GeneratedRegex(@",\s+(?:and|while|but|whereas)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NextClause();

    /// <summary>
    /// "Since Cyclone Berro in 1998, which killed 63 people": a figure in a clause hung on a year's event ("which", "when")
    /// is that year's, however far it stands from the year.
    /// </summary>
    private static bool ClauseOfTheYear(List<(int Index, string Text)> words, int year, int at)
    {
        for (var i = year + 1; i < at && i < words.Count; i++)
        {
            // "Since measurements began in 1874 on 22 July, when the station reached 41.6C": the clause hangs on the day
            // named after the year, the story's own, not on the year (a month next to the anchor is the anchor's own).
            if (i > year + 2 && Months.Contains(words[i].Text))
                return false;
            if (words[i].Text is "which" or "when")
                return true;
        }

        return false;
    }

    /// <param name="resolvedYears">Years the extraction resolved dates of the same sentence to ("April last year" is 2012-04).</param>
    public static ClaimContext Of(Claim claim, IReadOnlySet<string>? resolvedYears = null) => Of(claim, resolvedYears, Reading.Of(claim.Quote));

    /// <param name="reading">The claim's sentence as read once for every claim in it (<see cref="Reading.Of"/> of its quote).</param>
    public static ClaimContext Of(Claim claim, IReadOnlySet<string>? resolvedYears, Reading reading)
    {
        var quote = claim.Quote;
        var words = reading.Words;
        var anchor = Anchor(quote, claim.Display);
        var at = WordIndex(words, anchor);
        var slot = claim.Slot.Split('.');
        var slotStem = RawStem(slot[0]);
        var concepts = slot.Select(Stem).ToHashSet(StringComparer.Ordinal);

        var near = new HashSet<string>(StringComparer.Ordinal);
        var measures = new HashSet<string>(StringComparer.Ordinal);
        // Sums of money and percentages share one slot whatever they measure; the words say what.
        var dimension = Units.Of(claim.Unit).Dimension;
        var measured = dimension is "money" or "percent";
        var sentence = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            // Names are shared by a whole story, units by every figure of a slot; the event words around a value tell its facts apart.
            if ((char.IsUpper(words[i].Text[0]) && i > 0) || (words[i].Index >= anchor && words[i].Index < anchor + claim.Display.Length))
                continue;
            if (reading.Stems[i] is not { } stem || reading.RawStems[i] == slotStem)
                continue;
            sentence.Add(stem);
            if (i >= at - WordsBefore && i <= at + WordsAfter)
                near.Add(stem);
            if (measured && Math.Abs(i - at) <= MeasureReach && MeasureStems.Contains(stem))
                measures.Add(stem);
        }

        // "Won by 2,305 votes", "rose by 6 percent": a margin or a change, not the figure itself.
        var displayWords = Math.Max(1, Word().Count(claim.Display));
        var partial = claim.Kind == "number" && (NextToPart(words, at) || AfterItsWhole(words, at) || (string.IsNullOrEmpty(claim.Unit) && OfAGroup(words, at + displayWords)) || (at >= 1 && at <= words.Count && words[at - 1].Text == "by" && !TallyAfter(words, at))
            || (dimension == "percent" && RelativeChange(words, at)));
        // "The highest since 2009" compares with a year; "... in a region hit by the 2004 tsunami" far from the
        // value dates something else. A year anchors the fact when it is near the value or opens the sentence.
        var years = new HashSet<string>();
        foreach (var year in reading.Years)
        {
            if (!claim.Display.Contains(year.Value, StringComparison.Ordinal)
                && ((!year.AfterSince && ((Reach(words, year.Word, at) <= YearReach && !EarlierClausesYear(quote, words, year.Word, at) && !Shielded(reading, year.Word, at)) || year.Word <= 3))
                    || ClauseOfTheYear(words, year.Word, at)))
                years.Add(year.Value);
        }

        var relative = reading.Relative;
        // Like a year, "last year" dates the figures near it: "a price tag of 1.48 billion marka ... in a province where a
        // scheme was shelved last year" is this year's price.
        if (relative.Success && !claim.Display.Contains(relative.Value, StringComparison.OrdinalIgnoreCase)
            && (Math.Abs(reading.RelativeWord - at) <= YearReach || reading.RelativeWord <= 3))
        {
            if (resolvedYears is { Count: > 0 })
                years.UnionWith(resolvedYears);
            else
                years.Add("relative");
        }
        if (claim.Kind != "date" && ThenPhrase().IsMatch(quote))
            years.Add("then");
        string? clauseDay = null;
        var day = claim.Kind == "date" ? null : DayOf(reading, at, out clauseDay);
        if (clauseDay is not null)
            years.Add(clauseDay);
        var group = claim.Kind == "number" ? GroupOf(words, at + displayWords) : null;
        var scope = ScopeOf(reading, anchor, claim.Display.Length);
        return new ClaimContext(near, sentence, years, scope)
        {
            RateScope = dimension == "percent" ? scope ?? PlaceBefore(quote, anchor) : null,
            Superseded = claim.Kind == "number" && ReplacedLater(quote, anchor, claim.Display.Length),
            Hypothetical = claim.Kind == "number" && (AfterModal(words, at) || (slot[^1] == "duration" && Window(words, at))),
            Before = claim.Kind == "number" && ChangedFrom(words, at),
            Provisional = claim.Kind == "number" && ProvisionalPhrase().IsMatch(quote),
            Day = day,
            State = claim.Kind == "date" && StateBefore().IsMatch(quote.AsSpan(0, anchor)),
            Since = claim.Kind == "date" && SpanStart().IsMatch(quote.AsSpan(0, anchor)),
            Partial = partial,
            Stamp = claim.Kind == "number" ? reading.Stamp : null,
            Rate = claim.Kind == "number" && RatePeriod(words, at + displayWords) is { } period ? period : null,
            Measures = measures,
            // "7.8 metres in the town of Brenndorf" is a level measured there, not a distance from there.
            Reference = dimension == "length" && slot[^1] == "distance" ? ReferenceOf(words, at) : null,
            Holder = group is null ? HolderOf(quote, words, at, claim.Display, displayWords) : null,
            Concepts = concepts,
            Whole = claim.Kind == "number" && IsWhole(words, at),
            Group = group,
        };
    }

    /// <summary>
    /// Whose sum or share a sentence gives, when it opens with a party the article names ("Kerrow reported revenue of
    /// ...", "Aldenmark, which ..., reported revenue of ..."): the buyer's revenue is not the target's. A dateline
    /// ("OSLO (Wire) - ") is skipped; a sentence opening with a common word ("Revenue was ...") names no owner.
    /// </summary>
    public string? Owner { get; init; }

    public static string? OwnerOf(Claim claim, IReadOnlySet<string> names)
    {
        if (Units.Of(claim.Unit).Dimension is not ("money" or "percent"))
            return null;
        var quote = claim.Quote;
        var dash = quote.IndexOf(" - ", StringComparison.Ordinal);
        if (dash is >= 0 and < 60)
            quote = quote[(dash + 3)..];
        var first = Word().Match(quote);
        if (!first.Success)
            return null;
        var word = first.Value.EndsWith("'s", StringComparison.Ordinal) || first.Value.EndsWith("\u2019s", StringComparison.Ordinal) ? first.Value[..^2] : first.Value;
        return names.Contains(word) ? word : null;
    }

    /// <summary>The place a distance is measured from: "34 miles west of the town of Bireun" is from Bireun.</summary>
    public string? Reference { get; init; }

    /// <summary>"178 of 369 punches": the figure after "N of" is the whole a part is counted from (thrown, not landed).</summary>
    public bool Whole { get; init; }

    /// <summary>The name a figure sits beside: "the 32-year-old Klitschko", "Rahman (45-7-2)", "Rahman, 36".</summary>
    public string? Holder { get; init; }

    // What a figure measures, when the words say so: two figures that measure different things never meet.
    private static readonly HashSet<string> MeasureStems = new(StringComparer.Ordinal)
    {
        "profi", "sales", "loss", "losse", "debt", "cost", "costs", "price", "divid", "earni", "incom", "budge", "fine",
        "death", "injur", "missi", "arrest", "vote", "turno", "seat", "salar", "wage", "tax", "taxes", "bonus", "valua",
        "ransom", "bail", "rewar", "loan", "grant", "prize",
    };

    /// <summary>The measure nouns within a clause's reach of the value ("profit", "revenue", "deaths").</summary>
    public IReadOnlySet<string> Measures { get; init; } = new HashSet<string>();

    /// <summary>Both say what they measure and it is not the same thing.</summary>
    public bool MeasuresDiffer(ClaimContext other)
    {
        var (a, b) = (Measures, other.Measures);
        return a.Count > 0 && b.Count > 0 && !a.Overlaps(b);
    }

    /// <summary>Whether the words near the two values share anything at all.</summary>
    public bool Touches(ClaimContext other) => Near.Any(other.Near.Contains);

    /// <summary>How alike two contexts are: words near the values weigh most, and saying they measure the same thing adds.</summary>
    public double Similarity(ClaimContext other) =>
        (0.7 * Jaccard(Near, other.Near)) + (0.3 * Jaccard(Sentence, other.Sentence)) + (Measures.Overlaps(other.Measures) ? MeasureBonus : 0);

    /// <summary>A figure for one district or village is a part; it is compared only with figures for the same place.</summary>
    public bool Local
    {
        get
        {
            if (Scope is not { } scope)
                return false;
            var nouns = LocalNouns.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var word in scope.AsSpan().Split(' '))
            {
                if (nouns.Contains(scope.AsSpan()[word]))
                    return true;
            }

            return false;
        }
    }

    /// <summary>
    /// "Inflation in the province stood at 3.1 per cent": the place a rate is measured over, said before or after it. A rate
    /// of a region is not a part of the nation's rate as a region's dead are of the nation's: it is another rate.
    /// </summary>
    public string? RateScope { get; init; }

    private static string? PlaceBefore(string quote, int anchor)
    {
        var start = quote.AsSpan(0, anchor).LastIndexOfAny([',', ';', ':', '(', '"']) + 1;
        return PlaceInClause().Match(quote, start, anchor - start) is { Success: true } m && PlaceNouns.Contains(m.Groups["noun"].Value)
            ? m.Groups["noun"].Value.ToLowerInvariant()
            : null;
    }

    [GeneratedRegex(@"\b(?:in|across|throughout)\s+(?:the\s+)?(?<noun>\p{Ll}+)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceInClause();

    /// <summary>Figures scoped to different places, or one to a district and one to nothing, are different facts.</summary>
    public bool SameScope(ClaimContext other) =>
        Scope == other.Scope || (Scope is null && !other.Local) || (other.Scope is null && !Local);

    /// <summary>The slot's own thing in stems ("fight" for "bouts"): every sentence on the slot names it somewhere.</summary>
    public IReadOnlySet<string> Concepts { get; init; } = new HashSet<string>();

    /// <summary>The whole sentences share something besides the slot's own thing ("two tough bouts" is no evidence on a fight count).</summary>
    public bool SentenceTouches(ClaimContext other) =>
        Jaccard(Sentence.Except(Concepts).ToHashSet(), other.Sentence.Except(Concepts).ToHashSet()) >= 0.08;

    private static string? ReferenceOf(List<(int Index, string Text)> words, int at)
    {
        for (var i = at + 1; i < Math.Min(words.Count - 1, at + 9); i++)
        {
            if (words[i].Text is not ("from" or "off" or "of"))
                continue;
            var name = words.Skip(i + 1).SkipWhile(w => PlaceFillers.Contains(w.Text)).FirstOrDefault();
            return name.Text is { } text && char.IsUpper(text[0]) ? text : null;
        }

        return null;
    }

    private static string? HolderOf(string quote, List<(int Index, string Text)> words, int at, string display, int length)
    {
        if (at + length < words.Count && IsName(words[at + length].Text)
            && quote[Math.Min(quote.Length, words[at].Index + display.Length)..words[at + length].Index] == " ")
            return words[at + length].Text;
        if (at >= 1 && at < words.Count && IsName(words[at - 1].Text)
            && quote[(words[at - 1].Index + words[at - 1].Text.Length)..words[at].Index] is ", " or " (")
            return words[at - 1].Text;
        return null;
    }

    /// <summary>"23 Somalian pirates", "12 Somalis": a count of one nationality is a part of any mixed or unqualified total.</summary>
    public string? Group { get; init; }

    private static string? GroupOf(List<(int Index, string Text)> words, int after)
    {
        if (after >= words.Count || !char.IsUpper(words[after].Text[0]))
            return null;
        var word = words[after].Text.ToLowerInvariant();
        // "23 Somali and Yemeni sea brigands" counts two nationalities together: no single group.
        if (after + 2 < words.Count && words[after + 1].Text == "and" && char.IsUpper(words[after + 2].Text[0]))
            return null;
        if (!(word.EndsWith('i') || word.EndsWith("is", StringComparison.Ordinal) || word.EndsWith("an", StringComparison.Ordinal)
            || word.EndsWith("ans", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)))
            return null;
        word = word.TrimEnd('s');
        return word.Length > 5 && word.EndsWith("an", StringComparison.Ordinal) ? word[..^2] : word;
    }

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    };

    /// <summary>"30 of 207 punches", "four of the 31 seats", "three of the council's 31 seats", "out of the 250,000": the figure after "N of" is a whole.</summary>
    private static bool IsWhole(List<(int Index, string Text)> words, int at)
    {
        if (at >= words.Count)
            return false;
        var k = at - 1;
        if (k >= 0 && (words[k].Text.EndsWith("'s", StringComparison.Ordinal) || words[k].Text.EndsWith("\u2019s", StringComparison.Ordinal)))
            k--;
        if (k >= 0 && words[k].Text is "the" or "its" or "their")
            k--;
        // "184,500 doses had been given, out of the 250,000 delivered": the whole they were given from.
        return k >= 1 && words[k].Text == "of" && (Numeral(words[k - 1].Text) || words[k - 1].Text == "out");
    }

    private static bool IsName(string word) =>
        char.IsUpper(word[0]) && !Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out _) && !Months.Contains(word);

    /// <summary>"By 112 votes to 74", "by 60 to 38": a vote's tally, not a margin.</summary>
    private static bool TallyAfter(List<(int Index, string Text)> words, int at)
    {
        var next = at + 1 < words.Count && words[at + 1].Text == "votes" ? at + 2 : at + 1;
        return next < words.Count && words[next].Text == "to";
    }

    // "24 percent less likely", "30 percent lower", "a 12 percent increase in the defence budget": how two figures compare
    // (a change), not a level such as "a deficit of 2.8 percent of GDP".
    private static readonly HashSet<string> ComparedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "less", "lower", "fewer", "higher", "greater", "increase", "rise", "cut", "drop", "fall", "decline", "jump", "gain", "hike",
        "reduction", "growth",
    };

    private static bool RelativeChange(List<(int Index, string Text)> words, int at) =>
        (at + 1 < words.Count && ComparedWords.Contains(words[at + 1].Text)) || (at + 2 < words.Count && ComparedWords.Contains(words[at + 2].Text));

    /// <summary>
    /// "Six of the freed men are from Tel Sabbah", "two of them": some of a group counted elsewhere. Only counts: "23.9 percent
    /// of those given a placebo" is how any share is said, and "four of its six" is a part with its whole (<see cref="IsWhole"/>).
    /// </summary>
    private static bool OfAGroup(List<(int Index, string Text)> words, int after)
    {
        if (after + 1 >= words.Count || words[after].Text != "of" || words[after + 1].Text is not ("the" or "them" or "those" or "these" or "whom" or "its" or "their"))
            return false;
        // "three of the council's 31 seats" counts its whole too.
        var whole = after + 2 < words.Count && (words[after + 2].Text.EndsWith("'s", StringComparison.Ordinal) || words[after + 2].Text.EndsWith("\u2019s", StringComparison.Ordinal))
            ? after + 3 : after + 2;
        return !(whole < words.Count && Numeral(words[whole].Text));
    }

    /// <summary>"Of the fourteen victims, eleven died in Dunmara and three in Ostrel": figures after "of the N" share it out.</summary>
    private static bool AfterItsWhole(List<(int Index, string Text)> words, int at)
    {
        for (var i = 0; i + 2 < at && i + 2 < words.Count; i++)
        {
            if (words[i].Text.Equals("of", StringComparison.OrdinalIgnoreCase) && words[i + 1].Text == "the" && Numeral(words[i + 2].Text))
                return true;
        }

        return false;
    }

    private static bool Numeral(string word) => char.IsDigit(word[0]) || NumberWords.Contains(word);

    private static bool NextToPart(List<(int Index, string Text)> words, int at)
    {
        for (var i = at - 1; i <= at + 2; i++)
        {
            // "Rose to 1,624, with more than 400 in hospital": "more than" bounds the next figure, it does not make this one a part.
            if (i >= 0 && i < words.Count && i != at && PartWords.Contains(words[i].Text) && !(i > at && i + 1 < words.Count && words[i + 1].Text == "than"))
                return true;
        }

        return false;
    }

    private static int WordIndex(List<(int Index, string Text)> words, int offset)
    {
        var index = words.FindIndex(w => w.Index >= offset);
        return index < 0 ? words.Count : index;
    }

    private static int Anchor(string quote, string display)
    {
        if (display.Length == 0)
            return 0;
        var index = quote.IndexOf(display, StringComparison.OrdinalIgnoreCase);
        return index >= 0 ? index : 0;
    }

    /// <summary>"170,000 people in the province", "across Asia", "in Sumatra alone", "In Central Aceh district, 10 ...".</summary>
    private static string? ScopeOf(Reading reading, int anchor, int length)
    {
        var quote = reading.Quote;
        var after = quote[Math.Min(quote.Length, anchor + length)..];
        var clause = after[..(after.IndexOfAny([',', '.', ';', ':', '(', ')', '"']) is var stop and >= 0 ? stop : after.Length)];
        var tokens = new List<string>();
        foreach (var match in Letters().EnumerateMatches(clause))
            tokens.Add(clause.Substring(match.Index, match.Length));
        var preposition = tokens.FindIndex(t => t is "in" or "across" or "throughout" or "during");
        if (preposition is >= 0 and <= 2)
        {
            var place = tokens.Skip(preposition + 1).TakeWhile(t => !ClauseWords.Contains(t)).Take(3).ToList();
            if (place.Count > 0 && (place.Any(PlaceNouns.Contains) || place.Any(w => char.IsUpper(w[0]) && !Months.Contains(w) && !Enum.TryParse<DayOfWeek>(w, out _))))
                return Normalise(string.Join(' ', place));
        }

        var leading = reading.Leading;
        if (leading.Success && leading.Index + leading.Length <= anchor && PlaceNouns.Contains(leading.Groups["noun"].Value))
            return Normalise(leading.Groups["place"].Value);

        // "In a village in Bener Meriah district, one man was killed": an unnamed village is a part even of the district named.
        var unnamed = reading.Unnamed;
        if (unnamed.Success)
            return "some " + unnamed.Groups["noun"].Value.ToLowerInvariant();

        // "... injured in Takengon, the capital of Central Aceh district": a sentence about one district is about a part.
        var local = reading.Local;
        return local.Success ? Normalise(local.Groups["place"].Value) : null;
    }

    private static string Normalise(string phrase) =>
        string.Join(' ', phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "a" or "its") && !char.IsDigit(w[0])));

    private static string RawStem(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length <= StemLength ? lower.TrimEnd('s') : lower[..StemLength];
    }

    private static string Stem(string word)
    {
        var stem = RawStem(word);
        return Synonyms.GetValueOrDefault(stem, stem);
    }

    private static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
            return 0;
        var shared = 0;
        if (a is HashSet<string> set)
        {
            foreach (var word in set)
                shared += b.Contains(word) ? 1 : 0;
        }
        else
        {
            foreach (var word in a)
                shared += b.Contains(word) ? 1 : 0;
        }

        return shared / (double)(a.Count + b.Count - shared);
    }

    /// <summary>
    /// What every claim of one sentence reads the same way: its words and their stems, its years and the places it
    /// names. Read once per sentence, not once per claim: a sentence often carries several figures.
    /// </summary>
    public sealed class Reading
    {
        private Reading(string quote)
        {
            Quote = quote;
            Words = [];
            foreach (var match in Word().EnumerateMatches(quote))
                Words.Add((match.Index, quote.Substring(match.Index, match.Length)));
            Stems = new string?[Words.Count];
            RawStems = new string?[Words.Count];
            for (var i = 0; i < Words.Count; i++)
            {
                var word = Words[i].Text.ToLowerInvariant();
                if (word.Length < 3 || StopWords.Contains(word) || char.IsDigit(word[0]))
                    continue;
                RawStems[i] = RawStem(word);
                Stems[i] = Stem(word);
            }

            Years = Year().Matches(quote)
                .Select(m => (m.Value, Word: WordIndex(Words, m.Index), AfterSince: quote[..m.Index].TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase)))
                .ToList();
            Relative = RelativeYear().Match(quote);
            RelativeWord = Relative.Success ? WordIndex(Words, Relative.Index) : -1;
            Leading = LeadingScope().Match(quote);
            Unnamed = UnnamedPlace().Match(quote);
            Local = LocalPlace().Match(quote);
            Stamp = StampOf(quote);
            Days = DayMonth().Matches(quote)
                .Select(m => (DayKey(m.Groups["month"].Value, m.Groups["day"].Value), WordIndex(Words, m.Index)))
                .ToList();
        }

        /// <summary>Each day-and-month ("18 September" is --09-18) or month alone (--09) the sentence names, with its word index.</summary>
        internal List<(string Day, int Word)> Days { get; }

        /// <summary>The moment the sentence says its figures held (<see cref="ClaimContext.Stamp"/>), read once for all of them.</summary>
        internal string? Stamp { get; }

        public string Quote { get; }

        internal List<(int Index, string Text)> Words { get; }

        /// <summary>Each word's stem, or null for a word that never counts as context (short, a stop word, a number).</summary>
        internal string?[] Stems { get; }

        internal string?[] RawStems { get; }

        internal List<(string Value, int Word, bool AfterSince)> Years { get; }

        internal Match Relative { get; }

        /// <summary>The word index "last year" (<see cref="Relative"/>) starts at, or -1.</summary>
        internal int RelativeWord { get; }

        internal Match Leading { get; }

        internal Match Unnamed { get; }

        internal Match Local { get; }

        public static Reading Of(string quote) => new(quote);
    }

    [GeneratedRegex(@"\p{L}[\p{L}'-]*|\d[\d,.:]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:(?<day>[0-3]?\d)\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)|(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<day>[0-3]?\d)(?![\d,.:]\d))?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    private static readonly string[] MonthOrder = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static string DayKey(string month, string day)
    {
        var number = Array.IndexOf(MonthOrder, month[..3]) + 1;
        return day.Length == 0 ? $"--{number:00}" : $"--{number:00}-{int.Parse(day, System.Globalization.CultureInfo.InvariantCulture):00}";
    }

    [GeneratedRegex(@"\b(1[89]\d\d|20\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(last|next|previous) year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"\b(?:in|of|near)\s+(?:the\s+)?(?<place>(?:\p{Lu}[\p{L}'-]+\s+){1,3}(?:district|village|regency|county|sub-district))\b", RegexOptions.CultureInvariant)]
    private static partial Regex LocalPlace();

    [GeneratedRegex(@"\b(?:in|at|near|from|of)\s+(?:a|an|one|another)\s+(?<noun>district|regency|village|county|sub-district|municipality|neighbourhood|neighborhood|town|hamlet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedPlace();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();

    [GeneratedRegex(@"^\s*(?:In|Across)\s+(?<place>(?:[\p{L}'-]+\s+){0,3}(?<noun>\p{L}+))\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingScope();
}
