using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Contracts;

namespace FactCheck.Comparison.Engine;

/// <summary>
/// Aligns claims on the same fact across the articles of a story and reports the facts whose values
/// cannot all be true. Claims describe the same fact when kind, slot, dimension and subject agree,
/// their sentences are anchored to the same years and places, and each is the other's closest match
/// by sentence context in the other article: that keeps sub-events (a sixth-round knockdown and a
/// seventh-round stoppage) and background figures apart. Pure: same evidence, same conflicts and ids.
/// </summary>
public static class ConflictFinder
{
    /// <summary>Below this context similarity, claims of articles that state several values on a slot are not paired.</summary>
    public const double MinContextSimilarity = 0.12;

    /// <summary>When each article states one value on the slot, a little shared context is enough.</summary>
    public const double MinSingleSimilarity = 0.03;

    private static readonly HashSet<string> Cumulative = new(StringComparer.OrdinalIgnoreCase)
    {
        "deaths", "dead", "killed", "death", "injured", "injuries", "wounded", "missing", "arrested", "displaced", "cases",
        "casualties", "evacuated", "infected", "homeless", "affected", "rescued", "arrests", "detained",
    };

    public static IReadOnlyList<Conflict> Find(Guid storyId, IReadOnlyList<ArticleEvidence> articles)
    {
        var voices = Voices.Assign(articles);
        var items = new List<Evidence>();
        var readings = new Dictionary<string, ClaimContext.Reading>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var names = NameWords(article);
            var years = ResolvedYears(article);
            foreach (var claim in article.Claims)
            {
                if (!Usable(claim))
                    continue;
                if (!readings.TryGetValue(claim.Quote, out var reading))
                    readings[claim.Quote] = reading = ClaimContext.Reading.Of(claim.Quote);
                var context = ClaimContext.Of(claim, years.GetValueOrDefault(claim.Start, NoYears), reading) with { Owner = ClaimContext.OwnerOf(claim, names) };
                if (context.Superseded || context.Hypothetical || context.State)
                    continue;
                items.Add(new Evidence(article, claim, voices[article.ArticleId], context));
            }
        }

        var facts = new List<Fact>();
        var sentences = items.ToLookup(i => (i.Article.ArticleId, i.Claim.Start));
        foreach (var group in items.Where(i => i.Claim.Kind != "name").GroupBy(i => i.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var distinct = new List<Evidence>();
            foreach (var item in group.Where(item => !Restates(item, distinct)))
                distinct.Add(item);
            facts.AddRange(Align(distinct).Where(f => !ReportedAsRivals(f, sentences)).Select(f => new Fact(group.First().Claim, f, Values.Compatible)));
        }
        facts.AddRange(NameFacts(items.Where(i => i.Claim.Kind == "name").ToList()));

        var conflicts = new List<Conflict>();
        var ids = new HashSet<Guid>();
        foreach (var fact in facts)
        {
            var conflict = Build(storyId, fact);
            if (conflict is null)
                continue;
            var id = conflict.Id;
            for (var n = 2; !ids.Add(id); n++)
                id = StableId(storyId, conflict.Kind, $"{conflict.Slot}|{n}");
            conflicts.Add(conflict with { Id = id });
        }

        return conflicts;
    }

    private const string ClockKey = "date|time|clock";

    /// <summary>
    /// A claim with what comparing it needs, worked out once rather than for every pair it is weighed against.
    /// A class, not a record: two claims are one item only when they are the same object.
    /// </summary>
    private sealed class Evidence
    {
        public Evidence(ArticleEvidence article, Claim claim, Guid voice, ClaimContext context)
        {
            (Article, Claim, Voice, Context) = (article, claim, voice, context);
            var dimension = Units.Of(claim.Unit).Dimension;
            // Money and times of day are aligned by their sentences, not by the slot a verb suggested ("money.fell", "time.event").
            Key = dimension == "money" ? $"{claim.Kind}|money|money"
                : claim.Kind == "date" && claim.Text is { } text && Clock.TryParse(text, out _) ? ClockKey
                : $"{claim.Kind}|{claim.Slot.ToLowerInvariant()}|{dimension}";
            Years = AnchorYears(context, claim);
            if (EarlierDay(article, context.Day))
                Years.Add(context.Day!);
            Past = BeforeArticle(article, claim);
            Ahead = AfterArticle(article, claim);
        }

        public ArticleEvidence Article { get; }

        public Claim Claim { get; }

        public Guid Voice { get; }

        public ClaimContext Context { get; }

        public string Key { get; }

        /// <summary>The years the claim is anchored to: those near its value and the one the extraction dated its subject to ("quake 2012").</summary>
        public HashSet<string> Years { get; }

        /// <summary>Whether a date lies well before its article's publication; null when either is unknown.</summary>
        public bool? Past { get; }

        /// <summary>Whether a date lies after its article's day (a meeting still to come); null when either is unknown.</summary>
        public bool? Ahead { get; }
    }

    private sealed record Fact(Claim Sample, IReadOnlyList<Evidence> Items, Func<Claim, Claim, bool> Compatible);

    /// <summary>The words of the names an article mentions ("Kerrow Dairy", "Petra Holmgaard").</summary>
    private static HashSet<string> NameWords(ArticleEvidence article) =>
        article.Claims.Where(c => c.Kind == "name" && c.Text is not null)
            .SelectMany(c => c.Text!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> NoYears = [];

    /// <summary>The years the extraction gave the dates of each sentence, by the sentence's start.</summary>
    private static Dictionary<int, HashSet<string>> ResolvedYears(ArticleEvidence article)
    {
        var years = new Dictionary<int, HashSet<string>>();
        foreach (var claim in article.Claims)
        {
            if (claim.Kind != "date" || claim.Text is not { Length: >= 4 } text || !Digits(text.AsSpan(0, 4)))
                continue;
            if (!years.TryGetValue(claim.Start, out var set))
                years[claim.Start] = set = [];
            set.Add(text[..4]);
        }

        return years;
    }

    private static bool Digits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
                return false;
        }

        return true;
    }

    private static bool Usable(Claim claim) => claim.Kind switch
    {
        "name" => !string.IsNullOrWhiteSpace(claim.Text),
        "date" => !string.IsNullOrWhiteSpace(claim.Text) || claim.Value is not null,
        _ => claim.Value is not null && !Vague(claim),
    };

    /// <summary>Above this ratio of its ends, a range says "many", not how many.</summary>
    public const double VagueRangeRatio = 3;

    /// <summary>"Dozens", "hundreds", "tens of thousands": a quantity spanning a factor of three or more is not a figure to contradict.</summary>
    public static bool Vague(Claim claim) =>
        claim.Bound == "range" && claim.Low is > 0 and var low && claim.High is { } high && high / low >= VagueRangeRatio;

    /// <summary>
    /// Links each claim to its mutual closest claim in every other article, closest pairs first; linked
    /// claims form one fact. A link that would make one article disagree with itself is refused: an
    /// article giving two values means two facts (the sixth-round knockdown, the seventh-round stoppage).
    /// </summary>
    private static List<List<Evidence>> Align(List<Evidence> items)
    {
        var byArticle = items.GroupBy(i => i.Article.ArticleId).Select(g => g.ToList()).ToList();
        var pairs = new List<(Evidence A, Evidence B, double Similarity)>();
        for (var i = 0; i < byArticle.Count; i++)
        {
            for (var j = i + 1; j < byArticle.Count; j++)
            {
                var (a, b) = (byArticle[i], byArticle[j]);
                // A story's articles that each give one time of day give the time of the event itself.
                var single = a.Count == 1 && b.Count == 1;
                var clock = single && a[0].Key == ClockKey;
                foreach (var x in a)
                {
                    var best = Best(x, b);
                    if (best is null || Best(best, a) != x)
                        continue;
                    if (x.Key == ClockKey && !SameEvent(x.Claim, best.Claim))
                        continue;
                    if (StatesElsewhere(a, x, best) || StatesElsewhere(b, best, x))
                        continue;
                    var similarity = x.Context.Similarity(best.Context);
                    if (similarity < CloseContextSimilarity && (!SameOrderOfMagnitude(x.Claim, best.Claim) || ManyOfAKind(x)))
                        continue;
                    // Stories give the ages of several people in like sentences ("the 21-year-old from Utrecht", "Kresslova, 24"):
                    // where an article gives more than one, an age is compared only with the same named person's.
                    if (x.Claim.Slot == "age" && !single && (x.Claim.Subject is null || best.Claim.Subject is null))
                        continue;
                    if (similarity >= MinContextSimilarity || clock || SameHolder(x, best) || SameMoment(x, best)
                        || (single && !Background(x, best) && SaySameMeasure(x, best) && (x.Context.Touches(best.Context) || x.Context.SentenceTouches(best.Context))))
                        pairs.Add((x, best, similarity));
                }
            }
        }

        var links = new UnionFind<Evidence>(items);
        var members = items.ToDictionary(i => i, i => new List<Evidence> { i });
        foreach (var (a, b, _) in pairs.OrderByDescending(p => p.Similarity).ThenBy(p => p.A.Article.Doc, StringComparer.Ordinal).ThenBy(p => p.A.Claim.Start))
        {
            var (x, y) = (links.Root(a), links.Root(b));
            if (x == y || !Consistent(members[x], members[y]))
                continue;
            links.Union(x, y);
            var root = links.Root(x);
            var merged = members[x].Concat(members[y]).ToList();
            members[root] = merged;
        }

        return links.Groups().Where(g => g.Select(e => e.Article.ArticleId).Distinct().Count() >= 2).ToList();
    }

    /// <summary>
    /// "At least 57 have died, the doctors' union said, against the ministry's 41": an article that states the other
    /// article's value itself does not dispute it; its second figure is another fact (a rival estimate, a delivery
    /// beside the doses given), not a disagreement between the two.
    /// </summary>
    private static bool StatesElsewhere(List<Evidence> article, Evidence claim, Evidence other) =>
        !Values.Compatible(claim.Claim, other.Claim)
        && article.Any(e => !ReferenceEquals(e, claim) && Values.Compatible(e.Claim, other.Claim) && Comparable(e, other, atAnyMoment: true));

    /// <summary>
    /// "The municipality said 640 volunteers had registered, while Clean Marsund said more than 1,500 people had signed up":
    /// an article that gives both of a fact's two figures in one sentence tells its readers they are two counts, so other
    /// articles giving one each do not disagree. The second figure may count people on another slot ("people", not
    /// "volunteers"); a figure something changed from is no rival.
    /// </summary>
    private static bool ReportedAsRivals(List<Evidence> fact, ILookup<(Guid, int), Evidence> sentences) =>
        fact.Any(x => x.Claim.Kind == "number" && fact.Any(other => !Values.Compatible(x.Claim, other.Claim)
            && fact.All(f => Values.Compatible(f.Claim, x.Claim) || Values.Compatible(f.Claim, other.Claim))
            && sentences[(x.Article.ArticleId, x.Claim.Start)].Any(y => !ReferenceEquals(x, y) && y.Claim.Quote == x.Claim.Quote
                && y.Claim.Kind == "number" && !y.Context.Before && SameCounted(x.Claim.Slot, y.Claim.Slot)
                && Values.Compatible(y.Claim, other.Claim) && !Values.Compatible(y.Claim, x.Claim))));

    private static readonly HashSet<string> PeopleCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "person", "people", "participants", "attendance", "volunteer", "protester", "demonstrator", "spectator", "supporter",
    };

    private static bool SameCounted(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || ((PeopleCounts.Contains(a) || Cumulative.Contains(a)) && (PeopleCounts.Contains(b) || Cumulative.Contains(b)));

    private const double MomentBonus = 0.1;

    /// <summary>"Rose to 1,642, the ministry said at its 6pm briefing", "at a 6pm press conference ... 1,624": one reading of one count.</summary>
    private static bool SameMoment(Evidence a, Evidence b) => a.Context.Stamp is { } s && s == b.Context.Stamp;

    /// <summary>
    /// Dates of earlier events ("peaked in September 2023") and starts of runs ("in the city since Sunday") are many and
    /// loosely worded: one each in two articles is no sign they are one fact, as it is for the story's own event.
    /// </summary>
    private static bool Background(Evidence a, Evidence b) =>
        a.Claim.Kind == "date" && ((a.Past == true && b.Past == true) || (a.Context.Since && b.Context.Since));

    /// <summary>
    /// "Booked since Friday", "no sleep since Saturday"; "nine minutes into the flight", "54 minutes into the flight": runs
    /// and milestones are many in a story, so two of them are one fact only when their sentences say so closely.
    /// </summary>
    private static bool ManyOfAKind(Evidence x) => x.Context.Since || x.Claim.Slot == "elapsed";

    /// <summary>"Left port shortly after 3pm" and "overturned at 3.40pm": times of two named events are not one time.</summary>
    private static bool SameEvent(Claim a, Claim b) =>
        a.Slot == b.Slot || a.Slot.EndsWith(".event", StringComparison.Ordinal) || b.Slot.EndsWith(".event", StringComparison.Ordinal);

    /// <summary>
    /// A share or a sum measures whatever its sentence says ("7.9 percent of patients stopped treatment", "the outcome
    /// occurred in 18.2 percent of patients"): unlike a death toll, two articles' only percentages are one fact only when
    /// their words name the same measure, or their contexts are alike enough to pair anyway.
    /// </summary>
    private static bool SaySameMeasure(Evidence a, Evidence b) =>
        Units.Of(a.Claim.Unit).Dimension is not ("money" or "percent") || a.Context.Measures.Overlaps(b.Context.Measures);

    /// <summary>
    /// Beyond this ratio two figures are one fact misreported only when their contexts are close ("a $4m ransom", "a $4bn
    /// ransom"); otherwise they are two facts ("held for 36 days", "worked in this province for forty years").
    /// </summary>
    public const double WeakPairMaxRatio = 10;

    public const double CloseContextSimilarity = 0.3;

    private static bool SameOrderOfMagnitude(Claim a, Claim b)
    {
        if (a.Kind != "number")
            return true;
        var (x, y) = (Math.Abs(Values.Point(a)), Math.Abs(Values.Point(b)));
        return Math.Max(x, y) <= WeakPairMaxRatio * Math.Min(x, y);
    }

    /// <summary>Two linked groups may merge only when every pair across them could be one fact.</summary>
    private static bool Consistent(List<Evidence> a, List<Evidence> b) =>
        a.All(x => b.All(y => y.Article.ArticleId == x.Article.ArticleId ? Values.Compatible(x.Claim, y.Claim) : Comparable(x, y)));

    /// <summary>"150 nautical miles (about 277km)": a second figure in one sentence that agrees with the first restates it.</summary>
    private static bool Restates(Evidence item, IEnumerable<Evidence> earlier) =>
        earlier.Any(e => e.Article.ArticleId == item.Article.ArticleId && e.Claim.Start == item.Claim.Start && e.Key == item.Key
            && !ReferenceEquals(e, item) && Values.Compatible(e.Claim, item.Claim));

    /// <summary>The comparable candidate whose context is closest to <paramref name="x"/>'s, the earliest in its article on a tie.</summary>
    private static Evidence? Best(Evidence x, List<Evidence> candidates)
    {
        Evidence? best = null;
        var top = 0.0;
        foreach (var c in candidates)
        {
            if (!Comparable(x, c))
                continue;
            var score = x.Context.Similarity(c.Context) + (Values.Compatible(x.Claim, c.Claim) ? 0.05 : 0) + (SameMoment(x, c) ? MomentBonus : 0);
            if (best is null || score > top || (score == top && c.Claim.Start < best.Claim.Start))
                (best, top) = (c, score);
        }

        return best;
    }

    /// <param name="atAnyMoment">Whether figures stamped at different moments ("by 6pm", "by Tuesday evening") count as comparable.</param>
    private static bool Comparable(Evidence a, Evidence b, bool atAnyMoment = false)
    {
        if (a.Claim.Subject is { } s && b.Claim.Subject is { } t && !SameWords(s, t))
            return false;
        if (a.Claim.Kind == "date" && (!Values.DatesMeet(a.Claim, b.Claim) || a.Past is { } x && b.Past is { } y && x != y
            || a.Ahead is { } u && b.Ahead is { } v && u != v || a.Context.Since != b.Context.Since))
            return false;
        // A part ("three other rifles", "by 2,305 votes") is compared only with parts, a whole ("30 of 207 punches") only with wholes.
        if (!a.Years.SetEquals(b.Years) || a.Context.MeasuresDiffer(b.Context) || a.Context.Partial != b.Context.Partial
            || a.Context.Whole != b.Context.Whole || (a.Claim.Kind == "number" && a.Context.Group != b.Context.Group))
            return false;
        if (Differ(a.Context.Reference, b.Context.Reference) || (a.Claim.Kind == "number" && Differ(a.Context.Holder, b.Context.Holder))
            || Differ(a.Context.Owner, b.Context.Owner) || (!atAnyMoment && Differ(a.Context.Stamp, b.Context.Stamp)) || a.Context.Rate != b.Context.Rate
            || a.Context.Before != b.Context.Before || a.Context.Provisional != b.Context.Provisional || Differ(a.Context.Day, b.Context.Day))
            return false;
        if (a.Claim.Kind == "number" && (a.Context.RateScope != b.Context.RateScope || EarlierReading(a, b) || EarlierReading(b, a)))
            return false;
        return a.Claim.Kind != "number" || a.Context.SameScope(b.Context);
    }

    /// <summary>An article this much later was written at a later moment of a story that moves.</summary>
    public static readonly TimeSpan ReadingGap = TimeSpan.FromHours(1);

    /// <summary>
    /// "About 9,000 had gathered by midday" in a 13:41 flash against an evening report's 14,500: a figure its article says
    /// held at a moment, where a later article gives none, is a reading from before the later article's.
    /// </summary>
    private static bool EarlierReading(Evidence early, Evidence late) =>
        early.Article.PublishedAt is { } written && late.Article.PublishedAt is { } later
        && early.Context.Stamp is not null && late.Context.Stamp is null && later - written >= ReadingGap;

    /// <summary>Beyond this many days before its article, a date is background (an earlier quake), not the story's own event.</summary>
    public const int BackgroundDays = 30;

    private static bool? BeforeArticle(ArticleEvidence article, Claim claim) =>
        CalendarDate(claim) && article.PublishedAt is { } published
            && (claim.High ?? claim.Value) is { } day && day is >= 1 and < 3_652_059
            ? DateOnly.FromDayNumber((int)day) < DayOf(published).AddDays(-BackgroundDays)
            : null;

    /// <summary>The calendar day an article was published on, where it was published.</summary>
    private static DateOnly DayOf(DateTimeOffset published) => DateOnly.FromDateTime(published.DateTime);

    /// <summary>A day of the calendar ("2025-07-22"), whose value is a day number; a clock time ("14:42") is no day.</summary>
    private static bool CalendarDate(Claim claim) =>
        claim.Kind == "date" && claim.Text is { Length: > 0 } text && char.IsDigit(text[0]) && !Clock.TryParse(text, out _);

    /// <summary>
    /// "The next briefing is at 9am on Wednesday" beside "the 9am briefing on Tuesday": a date still to come on its article's
    /// day is the next of a series, never the one that already happened.
    /// </summary>
    private static bool? AfterArticle(ArticleEvidence article, Claim claim) =>
        CalendarDate(claim) && article.PublishedAt is { } published
            && (claim.Low ?? claim.Value) is { } first && first is >= 1 and < 3_652_059
            ? DateOnly.FromDayNumber((int)first) > DayOf(published)
            : null;

    /// <summary>
    /// "The first march, on 18 September, drew 62,000": a figure beside a day well before its article counts that day's
    /// event, so it is anchored to that day as a figure beside a year is to the year, and meets only figures of that day.
    /// </summary>
    private static bool EarlierDay(ArticleEvidence article, string? day)
    {
        if (day is not { Length: 7 } || article.PublishedAt is not { } published
            || !int.TryParse(day.AsSpan(2, 2), CultureInfo.InvariantCulture, out var month) || !int.TryParse(day.AsSpan(5, 2), CultureInfo.InvariantCulture, out var dayOfMonth)
            || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(published.Year, month))
            return false;
        var today = DayOf(published);
        var date = new DateOnly(today.Year, month, dayOfMonth);
        if (date > today)
            date = date.AddYears(-1);
        return today.DayNumber - date.DayNumber > BackgroundDays;
    }

    private static HashSet<string> AnchorYears(ClaimContext context, Claim claim)
    {
        var years = context.Years.ToHashSet(StringComparer.Ordinal);
        if (SubjectYear(claim.Subject) is { } year)
        {
            years.Remove("relative");
            years.Add(year);
        }

        return years;
    }

    /// <summary>
    /// Both figures stand right beside the same name ("Bowe, 43-1", "Bowe (45-1)") or count the same nationality ("23 Somalian
    /// pirates", "12 Somalis"): that names the fact, whatever the sentences go on about.
    /// </summary>
    private static bool SameHolder(Evidence a, Evidence b) =>
        (a.Context.Holder is { } s && b.Context.Holder is { } t && SameWords(s, t))
        || (a.Context.Group is { } g && g == b.Context.Group);

    private static string? SubjectYear(string? subject) =>
        subject?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, .., var last] && last.Length == 4 && last.All(char.IsDigit) ? last : null;

    private static bool Differ(string? a, string? b) => a is not null && b is not null && !SameWords(a, b);

    private static bool SameWords(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Names spelled a letter or two apart across articles are one entity spelled two ways.</summary>
    private static IEnumerable<Fact> NameFacts(List<Evidence> names)
    {
        var spellings = names.Select(n => n.Claim.Text!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var canonical = FullNames(spellings);
        string Canonical(string spelling) => canonical.GetValueOrDefault(spelling, spelling);
        var variants = new UnionFind<string>(spellings);
        foreach (var (surname, fullName) in canonical)
            variants.Union(surname, fullName);
        // Spellings of one name have as many words: pairs that do not are never weighed.
        var words = spellings.Select(Spelling.Words).ToList();
        for (var i = 0; i < spellings.Count; i++)
        {
            for (var j = 0; j < spellings.Count; j++)
            {
                var (a, b) = (spellings[i], spellings[j]);
                if (words[i].Length == words[j].Length && string.CompareOrdinal(a, b) < 0 && Spelling.Variants(a, words[i], b, words[j]))
                    variants.Union(a, b);
            }
        }

        foreach (var group in variants.Groups().Where(g => g.Count >= 2))
        {
            var members = group.ToHashSet(StringComparer.Ordinal);
            var items = names.Where(n => members.Contains(n.Claim.Text!.Trim())).ToList();
            if (items.Select(i => i.Article.ArticleId).Distinct().Count() >= 2)
                yield return new Fact(items[0].Claim, items, (x, y) => string.Equals(Canonical(x.Text!.Trim()), Canonical(y.Text!.Trim()), StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// "Varnholm" alone is the story's "Ilse Varnholm" when exactly one full name in it ends with that word: the surname and
    /// the full name are one spelling, and "Varnholm"/"Varnholt" one disagreement with "Ilse Varnholm"/"Ilse Varnholt".
    /// </summary>
    private static Dictionary<string, string> FullNames(List<string> spellings)
    {
        var full = spellings.Where(s => Spelling.Words(s).Length >= 2).ToList();
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var single in spellings.Where(s => Spelling.Words(s).Length == 1))
        {
            var owners = full.Where(f => f.EndsWith(" " + single, StringComparison.Ordinal)).Take(2).ToList();
            if (owners.Count == 1)
                canonical[single] = owners[0];
        }

        return canonical;
    }

    private static Conflict? Build(Guid storyId, Fact fact)
    {
        var groups = new List<List<Evidence>>();
        foreach (var item in fact.Items.OrderBy(x => Order(x.Claim)).ThenBy(x => x.Article.Doc, StringComparer.Ordinal))
        {
            var home = groups.FirstOrDefault(g => g.All(other => fact.Compatible(other.Claim, item.Claim)));
            if (home is null)
                groups.Add([item]);
            else
                home.Add(item);
        }

        // A disagreement needs two articles on different sides; one article's own figures are not a conflict.
        var disagreeing = groups.Count >= 2 && groups.Any(g => groups.Any(h => h != g &&
            g.Select(x => x.Article.ArticleId).Except(h.Select(x => x.Article.ArticleId)).Any() &&
            h.Select(x => x.Article.ArticleId).Except(g.Select(x => x.Article.ArticleId)).Any()));
        if (!disagreeing)
            return null;

        var sides = groups
            .Select(g => new ConflictSide
            {
                Value = g[0].Claim.Kind == "name" ? FullestName(g) : ValueOf(g[0].Claim),
                Display = g[0].Claim.Kind == "name" ? FullestName(g) : g[0].Claim.Display,
                Voices = g.Select(x => x.Voice).Distinct().Count(),
                Attribution = g.Select(x => x.Claim.Attribution).Distinct().Count() == 1 ? g[0].Claim.Attribution : null,
                Sources = g.DistinctBy(x => (x.Article.ArticleId, x.Claim.Start)).Select(x => new ConflictSource
                {
                    ArticleId = x.Article.ArticleId,
                    Doc = x.Article.Doc,
                    Outlet = x.Article.Outlet,
                    Quote = x.Claim.Quote,
                    Start = x.Claim.Start,
                    End = x.Claim.End,
                    VoiceId = x.Voice,
                    PublishedAt = x.Article.PublishedAt,
                }).ToList(),
            })
            .OrderByDescending(s => s.Voices)
            .ThenByDescending(s => s.Sources.Count)
            .ToList();

        var kind = fact.Sample.Kind;
        var slot = fact.Sample.Slot;
        var finding = FindingOf(kind, slot, sides, groups);
        var majority = sides.Count > 1 && sides[0].Voices > sides[1].Voices ? sides[0].Display : null;
        var headline = fact.Items.Any(x => Headlines.Mention(x.Article.Title, x.Claim));
        var key = $"{slot}|{fact.Sample.Subject}|{(kind == "name" ? sides[0].Display : Anchor(fact))}";
        return new Conflict
        {
            Id = StableId(storyId, kind, key),
            Kind = kind,
            Slot = slot,
            Finding = finding,
            Severity = Severity.Of(kind, finding, sides, groups.Select(g => g.Select(x => x.Claim).ToList()).ToList(), headline, Grave(slot)),
            Headline = headline,
            Summary = Summary(kind, slot, finding, sides),
            Majority = majority,
            Outliers = majority is null ? [] : sides.Skip(1).Select(s => s.Display).ToList(),
            Note = SplitNote(slot, sides),
            Sides = sides,
        };
    }

    /// <summary>A side of a name is shown by its fullest spelling ("Ilse Varnholm", not "Varnholm").</summary>
    private static string FullestName(List<Evidence> side) => side.Select(x => x.Claim.Text!.Trim()).MaxBy(t => t.Length)!;

    /// <summary>Human tolls (dead, injured, missing, arrested, displaced): the figures an error in costs most.</summary>
    private static bool Grave(string slot) => Cumulative.Contains(slot.Split('.')[0]);

    private static double Order(Claim claim) => claim.Kind switch
    {
        "number" => Values.Point(claim),
        "name" or "date" => 0,
        _ => claim.Value ?? 0,
    };

    private static string ValueOf(Claim claim) =>
        claim.Kind is "name" or "date" && claim.Text is { } text ? text.Trim() : (claim.Value ?? 0).ToString(CultureInfo.InvariantCulture);

    /// <summary>What distinguishes this fact from others on the slot, stable while its articles stay: its years and place.</summary>
    private static string Anchor(Fact fact)
    {
        var context = fact.Items[0].Context;
        return string.Join(",", context.Years.Order(StringComparer.Ordinal)) + "|" + context.Scope;
    }

    private static string FindingOf(string kind, string slot, IReadOnlyList<ConflictSide> sides, List<List<Evidence>> groups)
    {
        if (sides.SelectMany(s => s.Sources).Select(s => s.VoiceId).Distinct().Count() == 1)
            return "transcription";
        if (kind == "name")
            return "spelling";
        if (sides.All(s => s.Attribution is not null) && DifferentBodies(sides.Select(s => s.Attribution!).ToList()))
            return "attribution";
        if (kind == "number" && Cumulative.Contains(slot.Split('.')[0]) && Stale(groups))
            return "stale";
        return "contradiction";
    }

    /// <summary>"Sutopo Purwo Nugroho of the agency" and "Nugroho" are one body: bodies differ only when no two share a word.</summary>
    private static bool DifferentBodies(List<string> attributions)
    {
        var words = attributions.Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', '\'', '"').ToLowerInvariant())
            .Where(w => w.Length > 1 && w is not ("the" or "of" or "and" or "for" or "according" or "to" or "said" or "says"))
            .ToHashSet()).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                if (words[i].Overlaps(words[j]))
                    return false;
            }
        }

        return true;
    }

    /// <summary>A growing figure is stale when every lower side was published before every higher side.</summary>
    private static bool Stale(List<List<Evidence>> groups)
    {
        if (groups.SelectMany(g => g).Any(x => x.Article.PublishedAt is null))
            return false;
        var ordered = groups.OrderBy(g => g.Max(x => Values.Point(x.Claim))).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i - 1].Max(x => x.Article.PublishedAt!.Value) >= ordered[i].Min(x => x.Article.PublishedAt!.Value))
                return false;
        }

        return true;
    }

    private static string? SplitNote(string slot, IReadOnlyList<ConflictSide> sides)
    {
        var times = sides.Select(s => s.Sources.Where(x => x.PublishedAt is not null).Select(x => x.PublishedAt!.Value).ToList()).ToList();
        if (times.Any(t => t.Count == 0))
            return null;
        var gap = TimeSpan.Zero;
        for (var i = 0; i < times.Count; i++)
        {
            for (var j = i + 1; j < times.Count; j++)
            {
                var apart = times[i].Min() > times[j].Max() ? times[i].Min() - times[j].Max()
                    : times[j].Min() > times[i].Max() ? times[j].Min() - times[i].Max() : TimeSpan.Zero;
                gap = apart > gap ? apart : gap;
            }
        }

        if (gap < TimeSpan.FromDays(14))
            return null;
        var distance = gap.TotalDays >= 60 ? $"{Math.Round(gap.TotalDays / 30.4)} months" : $"{Math.Round(gap.TotalDays)} days";
        return $"published {distance} apart; may be different {Plural(Labels.Of(slot).ToLowerInvariant())}";
    }

    private static string Plural(string noun) => noun.EndsWith('s') ? noun : noun + "s";

    private static string Summary(string kind, string slot, string finding, IReadOnlyList<ConflictSide> sides)
    {
        var prefix = finding switch
        {
            "stale" => "Stale figure — ",
            "attribution" => "Different bodies — ",
            "transcription" => "Copies of one wire story differ — ",
            _ => "",
        };
        var label = kind == "name" ? "Name spelled differently" : Labels.Of(slot);
        return $"{prefix}{label}: " + string.Join(" vs ", sides.Select(s =>
        {
            var outlets = s.Sources.Select(x => x.Outlet).Distinct().ToList();
            var voices = outlets.Count > 1 || s.Voices > 1 ? $" ({s.Voices} voice{(s.Voices == 1 ? "" : "s")})" : "";
            var body = s.Attribution is null ? "" : $" per {s.Attribution}";
            return $"{s.Display}{body} — {string.Join(", ", outlets)}{voices}";
        }));
    }

    /// <summary>One fact of one story is one conflict, whatever article revealed it, so re-comparing finds the same id.</summary>
    public static Guid StableId(Guid storyId, string kind, string slot)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{storyId:N}|{kind}|{slot}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
