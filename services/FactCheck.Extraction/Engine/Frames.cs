namespace FactCheck.Extraction.Engine;

/// <summary>The frame lexicon of news figures: which words make a count of people a death toll, an injury count, ...</summary>
internal static class Frames
{
    private static readonly WordTable<bool> Conjunctions = WordTable.Set("and", "but", "while", "as", "whereas", "after", "before", "when");

    private static readonly WordTable<string> Triggers = new(new()
    {
        ["killed"] = Slots.Deaths, ["killing"] = Slots.Deaths, ["kills"] = Slots.Deaths, ["kill"] = Slots.Deaths, ["dead"] = Slots.Deaths,
        ["death"] = Slots.Deaths, ["deaths"] = Slots.Deaths, ["died"] = Slots.Deaths, ["die"] = Slots.Deaths, ["dying"] = Slots.Deaths,
        ["fatalities"] = Slots.Deaths, ["perished"] = Slots.Deaths, ["lives"] = Slots.Deaths, ["toll"] = Slots.Deaths, ["bodies"] = Slots.Deaths,
        ["slain"] = Slots.Deaths, ["massacred"] = Slots.Deaths, ["drowned"] = Slots.Deaths,
        ["injured"] = Slots.Injured, ["injuring"] = Slots.Injured, ["injuries"] = Slots.Injured, ["injures"] = Slots.Injured,
        ["wounded"] = Slots.Injured, ["wounding"] = Slots.Injured, ["hurt"] = Slots.Injured, ["hospitalised"] = Slots.Injured,
        ["hospitalized"] = Slots.Injured, ["hospital"] = Slots.Injured,
        ["displaced"] = Slots.Displaced, ["homeless"] = Slots.Displaced, ["fled"] = Slots.Displaced, ["refugees"] = Slots.Displaced,
        ["evacuated"] = Slots.Evacuated, ["evacuees"] = Slots.Evacuated,
        ["arrested"] = Slots.Arrested, ["arresting"] = Slots.Arrested, ["arrests"] = Slots.Arrested, ["detained"] = Slots.Arrested,
        ["detaining"] = Slots.Arrested, ["captured"] = Slots.Arrested, ["capturing"] = Slots.Arrested, ["custody"] = Slots.Arrested,
        ["nabbed"] = Slots.Arrested, ["apprehended"] = Slots.Arrested, ["held"] = Slots.Arrested,
        ["missing"] = Slots.Missing, ["rescued"] = Slots.Rescued, ["affected"] = Slots.Affected,
        ["trapped"] = Slots.Trapped, ["buried"] = Slots.Trapped, ["stranded"] = Slots.Trapped,
        ["population"] = Slots.Population, ["inhabitants"] = Slots.Population,
        ["enrolled"] = Slots.Participants, ["enrolling"] = Slots.Participants, ["randomised"] = Slots.Participants,
        ["randomized"] = Slots.Participants, ["recruited"] = Slots.Participants, ["participants"] = Slots.Participants,
        ["volunteers"] = Slots.Participants,
    });

    /// <summary>Nouns naming a figure that comes after them: "death toll ... to 11", "magnitude of 6.1", "depth of 10 km".</summary>
    private static readonly WordTable<string> Leading = new(new()
    {
        ["toll"] = Slots.Deaths, ["population"] = Slots.Population, ["depth"] = Slots.Depth, ["deep"] = Slots.Depth,
        ["magnitude"] = Slots.Magnitude, ["distance"] = Slots.Distance, ["height"] = Slots.Height, ["length"] = Slots.Length,
        ["crowd"] = Slots.Attendance, ["attendance"] = Slots.Attendance, ["turnout"] = Slots.Attendance, ["workforce"] = Slots.Employees,
    });

    private static readonly WordTable<bool> Employ = WordTable.Set("employs", "employ", "employed", "employing", "employment");

    /// <summary>"Employs 2,300 people": a count of people after the verb is a workforce.</summary>
    public static bool AfterEmploy(TokenView t, int first) => t.IsAny(first - 1, Employ);

    /// <summary>Events a figure or a date can be about.</summary>
    private static readonly WordTable<string> Events = new(new()
    {
        ["quake"] = "quake", ["earthquake"] = "quake", ["tremor"] = "quake", ["temblor"] = "quake", ["aftershock"] = "aftershock",
        ["tsunami"] = "tsunami", ["war"] = "war", ["conflict"] = "war", ["fighting"] = "fighting", ["clashes"] = "clashes",
        ["attack"] = "attack", ["attacks"] = "attack", ["bombing"] = "bombing", ["blast"] = "explosion", ["explosion"] = "explosion",
        ["crash"] = "crash", ["fire"] = "fire", ["wildfire"] = "fire", ["flood"] = "flood", ["floods"] = "flood", ["flooding"] = "flood",
        ["storm"] = "storm", ["hurricane"] = "storm", ["typhoon"] = "storm", ["cyclone"] = "storm", ["landslide"] = "landslide",
        ["landslides"] = "landslide", ["outbreak"] = "outbreak", ["epidemic"] = "outbreak", ["shooting"] = "shooting",
        ["talks"] = "talks", ["strike"] = "strike", ["protests"] = "protest", ["protest"] = "protest", ["violence"] = "violence",
        ["offensive"] = "offensive", ["fight"] = "fight", ["bout"] = "fight", ["disaster"] = "disaster", ["eruption"] = "eruption",
    });

    /// <summary>Verbs and nouns that say what a date is the date of.</summary>
    private static readonly WordTable<string> DateEvents = new(new()
    {
        ["struck"] = "quake", ["hit"] = "quake", ["jolted"] = "quake", ["quake"] = "quake", ["earthquake"] = "quake", ["shook"] = "quake",
        ["sank"] = "sinking", ["sunk"] = "sinking", ["sinking"] = "sinking", ["sink"] = "sinking",
        ["begin"] = "start", ["began"] = "start", ["begins"] = "start", ["start"] = "start", ["started"] = "start", ["starts"] = "start",
        ["opened"] = "start", ["open"] = "start", ["launched"] = "start", ["kicked"] = "start", ["broke"] = "start", ["erupted"] = "start",
        ["since"] = "start", ["peaked"] = "peak", ["crested"] = "peak", ["peak"] = "peak",
        ["conclude"] = "end", ["concluded"] = "end", ["concludes"] = "end", ["end"] = "end", ["ended"] = "end", ["ends"] = "end",
        ["completed"] = "end", ["complete"] = "end", ["finish"] = "end", ["finished"] = "end", ["close"] = "end", ["closed"] = "end",
        ["wrap"] = "end", ["wrapped"] = "end",
        ["meet"] = "meeting", ["met"] = "meeting", ["meeting"] = "meeting", ["summit"] = "meeting",
        ["arrested"] = "arrest", ["captured"] = "arrest", ["attack"] = "attack", ["attacked"] = "attack", ["killed"] = "death",
        ["died"] = "death", ["signed"] = "signing", ["announced"] = "announcement", ["elected"] = "election", ["election"] = "election",
        ["vote"] = "vote", ["fight"] = "fight", ["fought"] = "fight", ["defended"] = "fight", ["stopped"] = "fight", ["bout"] = "fight",
        ["rescued"] = "rescue", ["foiled"] = "rescue", ["released"] = "release", ["freed"] = "release", ["hijacked"] = "seizure",
        ["seized"] = "seizure", ["kidnapped"] = "seizure", ["abducted"] = "seizure", ["kidnapping"] = "seizure", ["abduction"] = "seizure",
        ["took"] = "event", ["happened"] = "event", ["occurred"] = "event",
        ["funeral"] = "funeral", ["burial"] = "funeral",
        ["sold"] = "sale", ["sale"] = "sale", ["auction"] = "sale", ["auctioned"] = "sale", ["bought"] = "sale", ["fetched"] = "sale",
        ["crashed"] = "accident", ["crash"] = "accident", ["skidded"] = "accident", ["slid"] = "accident", ["overran"] = "accident",
        ["derailed"] = "accident", ["collided"] = "accident", ["capsized"] = "accident", ["collapsed"] = "accident",
        ["aground"] = "accident", ["grounded"] = "accident", ["grounding"] = "accident",
        ["presented"] = "presentation", ["unveiled"] = "presentation", ["published"] = "publication",
        ["approved"] = "vote", ["approval"] = "vote", ["passed"] = "vote", ["adopted"] = "vote", ["voted"] = "vote", ["voting"] = "vote",
        ["detected"] = "detection", ["discovered"] = "detection", ["confirmed"] = "detection", ["noticed"] = "detection", ["spotted"] = "detection",
        ["inspected"] = "inspection", ["inspection"] = "inspection", ["sentenced"] = "sentencing", ["convicted"] = "verdict",
        ["acquitted"] = "verdict", ["born"] = "birth", ["founded"] = "founding", ["appointed"] = "appointment",
        ["resigned"] = "resignation", ["landed"] = "landing", ["blast"] = "explosion", ["explosion"] = "explosion", ["exploded"] = "explosion",
        ["landfall"] = "landfall", ["ashore"] = "landfall", ["overturned"] = "accident", ["departed"] = "departure",
        ["departure"] = "departure", ["sailed"] = "departure", ["reopened"] = "reopening", ["briefing"] = Speech, ["conference"] = Speech,
        ["speech"] = Speech, ["statement"] = Speech, ["interview"] = Speech,
    });

    private static readonly WordTable<string> DepthWords = new(new()
    {
        ["depth"] = Slots.Depth, ["deep"] = Slots.Depth, ["beneath"] = Slots.Depth, ["below"] = Slots.Depth, ["underground"] = Slots.Depth,
        ["underneath"] = Slots.Depth, ["high"] = Slots.Height, ["tall"] = Slots.Height, ["height"] = Slots.Height, ["long"] = Slots.Length,
        ["length"] = Slots.Length, ["wide"] = Slots.Length,
    });

    /// <summary>Words saying a length is how far from a place: "55 km south of Bireun", "13 miles away", "off Aden".</summary>
    private static readonly WordTable<bool> DistanceCues = WordTable.Set(
        "from", "off", "away", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "offshore", "inland",
        "apart", "beyond", "outside", "distance");

    /// <summary>Words saying a length is a level something rose to: "rose to a record 7.8 metres", "crested at 7.8 metres".</summary>
    private static readonly WordTable<bool> LevelCues = WordTable.Set(
        "rose", "risen", "rising", "rise", "crested", "peaked", "level", "levels", "swelled", "climbed");

    private static readonly WordTable<string> Shaking = new(new()
    {
        ["felt"] = "shaking", ["shook"] = "shaking", ["shaking"] = "shaking", ["tremors"] = "shaking", ["swayed"] = "shaking",
        ["lasted"] = "event",
    });

    public static bool IsTrigger(TokenView t, int i) => t.IsWord(i) && Triggers.Contains(t.Span(i));

    public static string? Trigger(string word) => Triggers.TryGet(word, out var slot) ? slot : null;

    /// <summary>The people-count frame a figure is in: the nearest trigger within its clause, after the figure or before it.</summary>
    public static string? PeopleFrame(TokenView t, int first, int last)
    {
        string? after = null, before = null;
        int afterDistance = int.MaxValue, beforeDistance = int.MaxValue;
        for (var k = last + 1; k <= last + 7 && t.In(k) && !t.IsClauseBreak(k) && !t.IsAny(k, Conjunctions); k++)
        {
            if (t.IsWord(k) && Triggers.TryGet(t.Span(k), out var slot) && !(t.Is(k, "toll") || t.Is(k, "population")))
            {
                (after, afterDistance) = (slot, k - last);
                break;
            }

            if (t.IsNumber(k))
                break;
        }

        for (var k = first - 1; k >= first - 7 && t.In(k) && !t.IsClauseBreak(k) && !t.IsAny(k, Conjunctions); k--)
        {
            if (t.IsWord(k) && Triggers.TryGet(t.Span(k), out var slot))
            {
                (before, beforeDistance) = (slot, first - k);
                break;
            }

            if (t.IsNumber(k))
                break;
        }

        return afterDistance <= (long)beforeDistance + 1 ? after ?? before : before;
    }

    /// <summary>A noun before the figure naming what it is: "the death toll rose to 11", "a magnitude of 6.1".</summary>
    public static string? LeadingNoun(TokenView t, int first)
    {
        for (var k = first - 1; k >= first - 8 && t.In(k) && !t.IsClauseBreak(k); k--)
        {
            if (t.IsWord(k) && Leading.TryGet(t.Span(k), out var slot))
                return slot;
            if (t.IsNumber(k))
                break;
        }

        return null;
    }

    private static readonly WordTable<bool> ChangeVerbs = WordTable.Set(
        "rose", "risen", "climbed", "jumped", "soared", "rocketed", "surged", "increased", "grew", "grown", "fell", "fallen", "dropped", "dipped", "declined");

    /// <summary>
    /// "Confirmed cases in the city rose to 1,486", "cases have rocketed to 1,624": a bare figure a count changed to counts
    /// the plural noun the clause opened with, across the place phrase between them.
    /// </summary>
    public static string? ChangedSubject(TokenView t, int first)
    {
        if (!t.Is(first - 1, "to") || !t.IsAny(first - 2, ChangeVerbs))
            return null;
        for (var k = first - 3; k >= first - 12 && t.In(k) && !t.IsClauseBreak(k); k--)
        {
            if (t.IsNumber(k))
                return null;
            if (t.IsWord(k) && !t.IsCapitalized(k) && t.Span(k).Length > 3 && t.Span(k).EndsWith("s") && !t.Span(k).EndsWith("ss") && !t.IsAny(k, Lexicon.Stops))
                return Nouns.Lemma(t.Str(k));
        }

        return null;
    }

    public static string? FrameNoun(string lemma) => lemma switch
    {
        "death" or "fatality" or "casualty" => Slots.Deaths,
        "injury" => Slots.Injured,
        "refugee" or "evacuee" => Slots.Displaced,
        "arrest" => Slots.Arrested,
        "employee" or "staff" or "worker" or "workforce" or "staffer" => Slots.Employees,
        "fan" or "supporter" or "spectator" or "crowd" => Slots.Attendance,
        // Outlets name one count by different nouns: "1.2 million customers", "1.6 million users", "accounts";
        // "four of its six carriages", "five of the six coaches".
        "customer" or "user" or "account" or "subscriber" or "client" or "policyholder" => Slots.Customers,
        "carriage" or "coach" or "wagon" => Slots.Carriages,
        _ => null,
    };

    /// <summary>What the sentence says the figures are about (the quake, the war, the tsunami of 2004), nearest first, before it preferred.</summary>
    public static string? Subject(TokenView t, int first, int last, IReadOnlyList<Mention> mentions)
    {
        var index = -1;
        string? subject = null;
        // The event of the figure's own clause, nearest first ("a tsunami that killed 230,000"); else the sentence's first.
        for (var k = first - 1; k >= t.From(first) && !t.IsClauseBreak(k) && subject is null; k--)
        {
            if (t.IsWord(k) && Events.TryGet(t.Span(k), out var e))
                (subject, index) = (e, k);
        }

        for (var k = t.From(first); k < first && subject is null; k++)
        {
            if (t.IsWord(k) && Events.TryGet(t.Span(k), out var e))
                (subject, index) = (e, k);
        }

        for (var k = last + 1; k < t.Count && subject is null && k <= last + 20; k++)
        {
            if (t.IsWord(k) && Events.TryGet(t.Span(k), out var e))
                (subject, index) = (e, k);
        }

        if (subject is null)
            return null;
        return Year(mentions, index) is { } year ? subject + " " + year : subject;
    }

    /// <summary>The year an event is dated to: a year next to it, an opening "In 2004," or "In April last year,", or a month and year.</summary>
    private static string? Year(IReadOnlyList<Mention> mentions, int index)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Year && Math.Abs(m.First - index) <= 3 && m.Text is { Length: 4 })
                return m.Text;
        }

        foreach (var m in mentions)
        {
            if (m.Kind is MentionKind.Year or MentionKind.Date && m.Text is { Length: 4 or 7 } text && char.IsDigit(text[0])
                && (m.First <= 2 || (m.Kind == MentionKind.Date && text.Length == 7)))
                return text[..4];
        }

        return null;
    }

    public static string? DateEvent(TokenView t, int first, int last)
    {
        for (var distance = 1; distance <= 15; distance++)
        {
            foreach (var k in new[] { last + distance, first - distance })
            {
                if (t.IsWord(k) && DateEvents.TryGet(t.Span(k), out var e) && !PlaceOnly(t, k) && !Attributive(t, k))
                    // "Revik struck twice", "the storm hit": only a sentence about a quake dates a quake.
                    return e == "quake" && !HasQuake(t, k) ? "event" : e;
            }
        }

        return null;
    }

    /// <summary>"Every Thursday at 6pm", "each morning at 8": a schedule, no day or time that anything happened.</summary>
    public static bool Recurring(TokenView t, int first)
    {
        for (var k = first - 1; k >= first - 4 && t.In(k) && !t.IsClauseBreak(k); k--)
        {
            if (t.Is(k, "every") || t.Is(k, "each"))
                return true;
        }

        return false;
    }

    /// <summary>When a briefing, a speech or a statement was given: times of the telling, many a day, none of them the event's.</summary>
    public const string Speech = "speech";

    /// <summary>
    /// "212,000 homes were without power as of 6am", "moved to school halls by 6 a.m.", "without water since 2am": a time that
    /// stamps a state or bounds it says when a figure held, not when the event happened, and two stamps are two moments.
    /// </summary>
    public static bool Stamp(TokenView t, int first)
    {
        var k = first - 1;
        while (t.IsAny(k, TimeHedges))
            k--;
        return t.IsAny(k, StampWords) && !(t.Is(k, "of") && !t.Is(k - 1, "as"));
    }

    /// <summary>
    /// "Said on Monday", "told reporters on Tuesday", "told a news conference in Varnholm on Friday": a day after a verb of
    /// telling is when it was said. A clause between ("said the storm hit on Tuesday") makes the day the event's again.
    /// </summary>
    public static bool Told(TokenView t, int first)
    {
        if (!t.Is(first - 1, "on"))
            return false;
        for (var k = first - 2; k >= first - 6 && t.In(k) && !t.IsClauseBreak(k); k--)
        {
            // An event word first: "announced on Friday" dates an announcement, "said the storm hit on Tuesday" the storm.
            if (t.IsWord(k) && DateEvents.TryGet(t.Span(k), out _))
                return false;
            if (t.IsAny(k, Attribution.Verbs))
                return k == first - 2 || t.IsAny(k, ToldWhom);
        }

        return false;
    }

    /// <summary>The telling verb that takes a listener before the day ("told reporters on Tuesday"); "said the storm hit on Tuesday" does not.</summary>
    private static readonly WordTable<bool> ToldWhom = WordTable.Set("told");

    private static readonly WordTable<bool> TimeHedges = WordTable.Set("about", "around", "shortly", "just", "soon", "after", "before", "approximately", "roughly");

    private static readonly WordTable<bool> StampWords = WordTable.Set("by", "until", "till", "since", "of");

    /// <summary>"Had reported 1,214 confirmed cases": a participle before its noun describes the noun, it is no event to date.</summary>
    private static bool Attributive(TokenView t, int k) =>
        t.Span(k).EndsWith("ed") && (t.IsNumber(k - 1) || t.Is(k - 1, "the") || t.Is(k - 1, "a") || t.Is(k - 1, "an"))
        && t.IsWord(k + 1) && !t.IsCapitalized(k + 1) && !t.IsAny(k + 1, Lexicon.Stops);

    /// <summary>"Slid off the end of the runway", "at the close of trading": a noun for a place or a moment, not an event.</summary>
    private static bool PlaceOnly(TokenView t, int k) => t.Is(k - 1, "the") && t.Is(k + 1, "of");

    private static bool HasQuake(TokenView t, int near)
    {
        for (var k = t.From(near); k < t.To(near); k++)
        {
            if (t.IsWord(k) && Events.TryGet(t.Span(k), out var e) && e == "quake")
                return true;
        }

        return false;
    }

    public static string MeasureSlot(TokenView t, Mention m)
    {
        return m.Dimension switch
        {
            Dimension.Length => LengthSlot(t, m),
            Dimension.Weight => Slots.Weight,
            Dimension.Area => Slots.Area,
            Dimension.Volume => Slots.Volume,
            Dimension.Speed => Slots.Speed,
            _ => Slots.Distance,
        };
    }

    private static string LengthSlot(TokenView t, Mention m)
    {
        for (var k = m.Last + 1; k <= m.Last + 3 && t.In(k); k++)
        {
            if (t.IsWord(k) && DepthWords.TryGet(t.Span(k), out var slot))
                return slot;
        }

        for (var k = m.First - 1; k >= m.First - 4 && t.In(k) && !t.IsClauseBreak(k); k--)
        {
            if (t.IsWord(k) && DepthWords.TryGet(t.Span(k), out var slot))
                return slot;
        }

        for (var k = m.Last + 1; k <= m.Last + 4 && t.In(k) && !t.IsClauseBreak(k); k++)
        {
            if (t.IsAny(k, DistanceCues))
                return Slots.Distance;
        }

        for (var k = m.First - 1; k >= m.First - 4 && t.In(k) && !t.IsClauseBreak(k); k--)
        {
            if (t.IsAny(k, LevelCues))
                return Slots.Height;
        }

        return Slots.Distance;
    }

    /// <summary>"A five-year contract", "a four-year deal", "a three-year agreement": one term of one signing.</summary>
    private static readonly Dictionary<string, string> DurationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deal"] = "contract", ["agreement"] = "contract",
    };

    /// <summary>What a duration measures: "two days of talks", "six-year war", "felt for 15 seconds".</summary>
    public static string DurationSlot(TokenView t, Mention m)
    {
        if (m.Noun is { } noun)
            return DurationNouns.GetValueOrDefault(noun, noun) + "." + Slots.Duration;
        // "44 seconds into the seventh round", "after 44 seconds of the seventh round"
        if (t.Is(m.Last + 1, "into") || (t.Is(m.Last + 1, "of") && t.Is(m.Last + 2, "the") && t.IsWord(m.Last + 3) && Lexicon.Ordinals.Contains(t.Span(m.Last + 3))))
            return Slots.Elapsed;
        if (t.Is(m.Last + 1, "of") && Nouns.HeadAfter(t, m.Last + 2) is { } head && !t.IsCapitalized(head.Index))
            return head.Lemma + "." + Slots.Duration;
        for (var k = m.First - 1; k >= m.First - 8 && t.In(k); k--)
        {
            if (t.IsWord(k) && Shaking.TryGet(t.Span(k), out var what))
                return what + "." + Slots.Duration;
        }

        return Slots.Duration;
    }

    /// <summary>The place a distance is measured from: "55 km west of the town of Bireun", "off Aden".</summary>
    public static string? Reference(TokenView t, Mention m)
    {
        for (var k = m.Last + 1; k <= m.Last + 8 && t.In(k) && !t.IsClauseBreak(k); k++)
        {
            if (t.IsCapitalized(k) && (t.Is(k - 1, "of") || t.Is(k - 1, "from") || t.Is(k - 1, "off") || t.Is(k - 1, "to") || t.Is(k - 1, "the")))
            {
                var end = k;
                while (t.IsCapitalized(end + 1))
                    end++;
                // "of the Ashgrove Bridge's deck" is measured from the bridge, as "of the Ashgrove Bridge" is.
                var reference = t.Str(k, end);
                return reference.EndsWith("'s", StringComparison.Ordinal) || reference.EndsWith("\u2019s", StringComparison.Ordinal) ? reference[..^2] : reference;
            }
        }

        return null;
    }
}
