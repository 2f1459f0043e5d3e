using System.Globalization;

namespace FactCheck.Extraction.Engine;

/// <summary>
/// Turns text into claims sentence by sentence: every value the recognizer finds gets a slot (what it measures),
/// a subject when the sentence names one, the sentence's attribution, and its interval. Pure: text in, claims out.
/// </summary>
public static class ClaimExtractor
{
    private static readonly WordTable<bool> OrdinalNonClaims = WordTable.Set("half", "quarter", "hand", "place", "person", "lady", "class", "language", "aid", "degree", "generation", "cousin");

    /// <summary>The claims of a text, each once: a figure repeated later in the article is the claim first made.</summary>
    public static IReadOnlyList<ExtractedClaim> Extract(string text, DateTimeOffset? publishedAt = null)
    {
        var seen = new HashSet<(string, string, string?, double?, string, string?, string?)>();
        return Mentions(text, publishedAt).Where(c => seen.Add((c.Kind, c.Slot, c.Subject, c.Value, c.Bound, c.Unit, c.Text))).ToList();
    }

    /// <summary>Every claim mention, repeats included, in text order.</summary>
    public static IEnumerable<ExtractedClaim> Mentions(string text, DateTimeOffset? publishedAt = null)
    {
        var reference = publishedAt is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : Dates.Dateline(text);
        var background = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (start, end) in Sentences.Split(text))
        {
            var t = new TokenView(text, Tokenizer.Read(text, start, end));
            var sentence = new SentenceContext(t, start, end, Recognizer.Scan(t, reference), Attribution.Find(t)) { Reference = reference };
            var undated = !sentence.Mentions.Any(m => m.Kind is MentionKind.Date or MentionKind.Year or MentionKind.Time);
            var earlier = background;
            background = new Dictionary<string, string>(StringComparer.Ordinal);
            ExtractedClaim? previous = null;
            Mention? previousMention = null;
            foreach (var mention in sentence.Mentions)
            {
                foreach (var found in Claims(sentence, mention))
                {
                    var claim = found;
                    // "In April last year a quake struck ... Five people died in the quake": an undated sentence right after
                    // one dating an earlier event of the same kind goes on about that event, not the story's own (one sentence on).
                    if (undated && claim.Subject is { } subject && earlier.TryGetValue(subject, out var dated))
                        claim = claim with { Subject = dated };
                    else if (!undated && Background(claim.Subject, reference) is { } backgroundEvent)
                        background[backgroundEvent] = claim.Subject!;
                    // "10 kilometres (6.2 miles)": a conversion in brackets restates the figure before it.
                    if (previous is not null && previousMention is { Kind: MentionKind.Measure } && mention.Kind == MentionKind.Measure
                        && previousMention.Dimension == mention.Dimension && t.IsSymbol(mention.First - 1, '(') && previousMention.Last == mention.First - 2)
                        claim = claim with { Slot = previous.Slot, Subject = previous.Subject };
                    yield return claim;
                    (previous, previousMention) = (claim, mention);
                }
            }

            foreach (var name in Names.Read(t))
                yield return sentence.Claim(ClaimKinds.Name, name.Role is null ? Slots.Name : Slots.Name + "." + name.Role, name.First, name.Last) with { Text = name.Text };
        }
    }

    /// <summary>The event of a subject dated to a year before the article's ("quake 2012" in a 2013 story is "quake"); null otherwise.</summary>
    private static string? Background(string? subject, DateOnly? reference)
    {
        if (subject is null || reference is null)
            return null;
        var space = subject.LastIndexOf(' ');
        return space > 0 && int.TryParse(subject.AsSpan(space + 1), out var year) && year < reference.Value.Year ? subject[..space] : null;
    }

    /// <summary>The date an article is written on, read from its dateline when no publication date is known.</summary>
    public static DateTimeOffset? Dateline(string text) =>
        Dates.Dateline(text) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static IEnumerable<ExtractedClaim> Claims(SentenceContext s, Mention m)
    {
        var t = s.Tokens;
        switch (m.Kind)
        {
            case MentionKind.Count:
                if (Count(s, m) is { } count)
                    yield return count;
                break;
            case MentionKind.Ordinal:
                if (Ordinal(s, m) is { } ordinal)
                    yield return ordinal;
                break;
            case MentionKind.Percent:
                var of = t.Is(m.Last + 1, "of") ? Nouns.HeadAfter(t, m.Last + 2) : null;
                yield return s.Number(m, of is null ? Slots.Percent : of.Value.Lemma + "." + Slots.Percent);
                break;
            case MentionKind.Money:
                yield return s.Number(m, MoneySlot(t, m));
                break;
            case MentionKind.Measure:
                var measure = Frames.MeasureSlot(t, m);
                yield return s.Number(m, m.Noun is { } noun ? noun + "." + measure : measure) with
                {
                    Subject = measure == Slots.Distance ? Frames.Reference(t, m) : Frames.Subject(t, m.First, m.Last, s.Mentions),
                };
                break;
            case MentionKind.Duration:
                var duration = Frames.DurationSlot(t, m);
                yield return s.Number(m, duration) with { Subject = duration == Slots.Elapsed ? null : Frames.Subject(t, m.First, m.Last, s.Mentions) };
                break;
            case MentionKind.Elapsed:
                yield return s.Number(m, m.Hint == Recognizer.TimeTaken ? Slots.TimeTaken : Slots.Elapsed);
                break;
            case MentionKind.Age:
                // "The 22-year-old tanker": a thing's age is the thing's, whatever name stands nearest.
                yield return s.Number(m, Slots.Age) with
                {
                    Subject = Nouns.HeadAfter(t, m.Last + 1) is { } aged && AgedThings.Contains(aged.Lemma) ? "the " + aged.Lemma : Names.Nearest(t, m.First, m.Last),
                };
                break;
            case MentionKind.Magnitude:
                yield return s.Number(m, Slots.Magnitude) with { Subject = Frames.Subject(t, m.First, m.Last, s.Mentions) };
                break;
            case MentionKind.Record:
                foreach (var part in Record(s, m))
                    yield return part;
                break;
            case MentionKind.Time:
                // "Without power as of 6am", "told a briefing at 9pm": the time a figure held or was told, not the event's.
                if (!Frames.Stamp(t, m.First) && !Frames.Recurring(t, m.First) && Frames.DateEvent(t, m.First, m.Last) is var timed and not Frames.Speech)
                {
                    // "Peaked at 41.6C at 14:42" and "recorded 41.6C at 15:42": whatever the verb, the time of one reading.
                    var reading = ReadingBefore(s, m);
                    yield return s.Claim(ClaimKinds.Date, Slots.Time + "." + (reading is null ? timed ?? "event" : "reading"), m.First, m.Last) with
                    {
                        Text = m.Text, Subject = reading,
                    };
                }

                break;
            case MentionKind.Date:
                // "The ministry said on Monday evening that…", "told reporters on Tuesday": the day of the telling, many a day.
                // "Sunday's super-G", "Monday's vote": a day's possessive names what happened that day.
                var possessed = m.First == m.Last && t.IsPossessive(m.Last) ? Nouns.HeadAfter(t, m.Last + 1)?.Lemma : null;
                if ((possessed ?? Frames.DateEvent(t, m.First, m.Last)) is { } dated and not Frames.Speech && !Frames.Told(t, m.First) && !Frames.Recurring(t, m.First))
                {
                    // "In April last year an 8.6-magnitude quake struck": the date of an earlier event says so, like its figures do.
                    var subject = Frames.Subject(t, m.First, m.Last, s.Mentions);
                    yield return s.Number(m, Slots.Date + "." + dated) with
                    {
                        Kind = ClaimKinds.Date, Text = m.Text, Subject = Background(subject, s.Reference) is null ? null : subject,
                    };
                }
                break;
        }
    }

    /// <summary>
    /// "Demand stood at 13,900 megawatts at 14:30", "41.6C (106.9F) at 15:42": the time of that reading, named by its value,
    /// so the times of two readings meet only when the readings agree ("41.1C at 14:50" and "41.6C at 15:42" are two moments).
    /// </summary>
    private static string? ReadingBefore(SentenceContext s, Mention time)
    {
        var t = s.Tokens;
        if (!t.Is(time.First - 1, "at"))
            return null;
        var end = time.First - 2;
        if (t.IsSymbol(end, ')'))
        {
            while (t.In(end) && !t.IsSymbol(end, '('))
                end--;
            end--;
        }

        // Its unit may follow as words the mention leaves out ("13,900 megawatts", "41.1 degrees Celsius").
        var reading = s.Mentions.FirstOrDefault(r => r.Last <= end && r.Last >= end - 2 && r.Value is { }
            && r.Kind is MentionKind.Count or MentionKind.Percent or MentionKind.Money or MentionKind.Measure
            && Enumerable.Range(r.Last + 1, end - r.Last).All(k => t.IsWord(k)));
        // Worded so its last word is never a bare four-digit figure, which would read as the subject's year.
        return reading is null ? null : string.Create(CultureInfo.InvariantCulture, $"the {reading.Value:0.###}{(reading.Unit is { } unit ? " " + unit : "")} reading");
    }

    private static readonly HashSet<string> AgedThings = new(StringComparer.Ordinal)
    {
        "vessel", "ship", "tanker", "ferry", "boat", "freighter", "trawler", "bridge", "building", "tower", "plant", "factory",
        "reactor", "dam", "aircraft", "plane", "jet", "airliner", "helicopter", "train", "car", "bus", "truck", "mine", "church",
        "house", "stadium", "pipeline", "company", "firm", "law", "record",
    };

    private static readonly WordTable<bool> PluralCopulas = WordTable.Set("were", "are");

    /// <summary>Bound words a mention may leave out ("were over 80").</summary>
    private static readonly WordTable<bool> BoundWords = WordTable.Set("over", "under", "above", "below");

    private static ExtractedClaim? Count(SentenceContext s, Mention m)
    {
        var t = s.Tokens;
        // "Rahman, 36," — a figure in apposition to a name is an age.
        if (m.Value is >= 10 and <= 110 && m.Bound == Bounds.Exact && t.IsSymbol(m.First - 1, ',') && t.IsCapitalized(m.First - 2)
            && (!t.In(m.Last + 1) || t.IsClauseBreak(m.Last + 1)) && !t.Is(m.First - 2, "Monday") && !Lexicon.Months.Contains(t.Span(m.First - 2)))
            return s.Number(m, Slots.Age) with { Unit = "yr", Subject = Names.Nearest(t, m.First, m.First) };

        // "Most of the dead were over 80": a bound figure that ends the clause after "were" is the group's age, not a count
        // ("the toll was over 80" is one).
        var beforeBound = t.IsAny(m.First - 1, BoundWords) ? m.First - 2 : m.First - 1;
        if (m.Value is >= 50 and <= 110 && m.Bound is Bounds.AtLeast or Bounds.AtMost && t.IsAny(beforeBound, PluralCopulas)
            && (!t.In(m.Last + 1) || t.IsClauseBreak(m.Last + 1)))
            return null;

        // "1 in 5 patients", "one in three voters": a rate, not a count of patients.
        if (t.Is(m.First - 1, "in") && (t.IsNumber(m.First - 2) || t.Is(m.First - 2, "one")))
            return null;

        if (Tally(s, m) is { } side)
            return s.Number(m, side);

        if (m.Hint == "strong")
            return Nouns.HeadAfter(t, m.Last + 1) is { } group ? s.Number(m, group.Lemma + Slots.SizeSuffix) : null;
        if (m.Noun is { } tied)
            return s.Number(m, tied);

        var head = Nouns.HeadAfter(t, m.Last + 1);
        // "24 dead", "200 injured": the frame word stands where the noun would.
        if (head is { } adjective && Frames.Trigger(t.Str(adjective.Index)) is { } headFrame && !t.IsAny(adjective.Index, Lexicon.PeopleNouns))
            return s.Number(m, headFrame) with { Subject = Frames.Subject(t, m.First, m.Last, s.Mentions) };
        // "Scored 27 times in 41 games": a scorer's times are goals.
        if (head is { Lemma: "time" } && (t.IsAny(m.First - 1, ScoringVerbs) || t.IsAny(m.First - 2, ScoringVerbs)))
            return s.Number(m, "goal");
        if (head is { Lemma: "knockout" })
            return s.Number(m, Slots.Knockouts) with { Subject = Names.Nearest(t, m.First, m.Last) };
        if (head is null || Nouns.IsPeople(t, head.Value.Index))
        {
            var frame = Frames.PeopleFrame(t, m.First, head?.Index ?? m.Last) ?? (head is null ? Frames.LeadingNoun(t, m.First) : null);
            if (frame is not null)
                return s.Number(m, frame) with { Subject = Frames.Subject(t, m.First, m.Last, s.Mentions) };
            if (head is null)
                return Frames.ChangedSubject(t, m.First) is { } counted ? s.Number(m, Frames.FrameNoun(counted) ?? counted) : null;
        }

        if (Frames.AfterEmploy(t, m.First) && Nouns.IsPeople(t, head.Value.Index))
            return s.Number(m, Slots.Employees);

        // A bare "one" or "a" counting a thing is an article, not a figure worth checking.
        if (m.Value == 1 && t.IsWord(m.First) && m.Bound == Bounds.Exact)
            return null;
        var slot = Frames.FrameNoun(head.Value.Lemma) ?? head.Value.Lemma;
        // "Five of the 24 trapped men are contract workers": what the part is, the rest of the clause says; it is no count of the whole.
        if (Nouns.PartOfCountedWhole(t, m.Last + 1))
            return s.Number(m, slot + Slots.PartSuffix);
        return s.Number(m, slot) with { Subject = slot == head.Value.Lemma ? null : Frames.Subject(t, m.First, m.Last, s.Mentions) };
    }

    private static readonly WordTable<bool> TallyOpeners = WordTable.Set("voting", "voted", "by", "of");

    /// <summary>
    /// Which side of a vote a figure counts: "118 in favour", "74 against", and in "voting 118 to 74", "by 112 votes to 74",
    /// "a vote of 118 to 74" the first is for and the second against. "Taking 48,212 votes to 45,907 for" counts two
    /// candidates' votes, not a tally, so "N to M" is a tally only after one of <see cref="TallyOpeners"/>.
    /// </summary>
    private static string? Tally(SentenceContext s, Mention m)
    {
        var t = s.Tokens;
        var k = t.Is(m.Last + 1, "votes") ? m.Last + 2 : m.Last + 1;
        if (t.Is(k, "in") && (t.Is(k + 1, "favour") || t.Is(k + 1, "favor")))
            return Slots.VotesFor;
        if (t.Is(k, "against"))
            return Slots.VotesAgainst;
        // "1,824,315 Kestrians voted Yes", "112 MPs voted against", "1.61 million voted No": the side a count of voters took.
        var voted = t.Is(k, "voted") ? k : t.IsWord(k) && t.Is(k + 1, "voted") ? k + 1 : -1;
        if (voted > 0 && (t.Is(voted + 1, "yes") || t.Is(voted + 1, "for") || (t.Is(voted + 1, "in") && (t.Is(voted + 2, "favour") || t.Is(voted + 2, "favor")))))
            return Slots.VotesFor;
        if (voted > 0 && (t.Is(voted + 1, "no") || t.Is(voted + 1, "against")))
            return Slots.VotesAgainst;
        if (t.Is(k, "to") && t.IsAny(m.First - 1, TallyOpeners) && s.Mentions.Any(x => x.First == k + 1 && x.Kind == MentionKind.Count))
            return Slots.VotesFor;
        if (t.Is(m.First - 1, "to"))
        {
            var before = t.Is(m.First - 2, "votes") ? m.First - 3 : m.First - 2;
            if (s.Mentions.FirstOrDefault(x => x.Last == before && x.Kind == MentionKind.Count) is { } first && t.IsAny(first.First - 1, TallyOpeners))
                return Slots.VotesAgainst;
        }

        return null;
    }

    // Outlets count one series by different nouns: "the third abduction", "the fourth kidnapping".
    private static readonly Dictionary<string, string> OrdinalSynonyms = new(StringComparer.Ordinal)
    {
        ["abduction"] = "kidnapping", ["kidnap"] = "kidnapping", ["hijack"] = "hijacking", ["negotiation"] = "talks",
        ["tournament"] = "edition", ["championship"] = "title", ["crown"] = "title", ["trophy"] = "title",
    };

    private static readonly WordTable<bool> ScoringVerbs = WordTable.Set("scored", "scores", "score", "netted", "nets");

    private static ExtractedClaim? Ordinal(SentenceContext s, Mention m)
    {
        var t = s.Tokens;
        var noun = m.Noun ?? Nouns.HeadAfter(t, m.Last + 1)?.Lemma ?? (t.IsCapitalized(m.First) ? null : NamedSeries(t, m.Last + 1));
        // "Lifts Harbor City to second in the table", "finished third in the standings": a place in a ranking.
        if (noun is null && t.Is(m.Last + 1, "in") && t.Is(m.Last + 2, "the") && Nouns.HeadAfter(t, m.Last + 3) is { } ranking
            && !t.IsCapitalized(ranking.Index))
            return s.Number(m, Slots.Rank + "." + ranking.Lemma) with { Kind = ClaimKinds.Ordinal, Unit = null };
        // "The second quarter of 2026", "the first half of next year": a dated period is a claim; "a fourth quarter in a row" is not.
        if (noun is "quarter" or "half" && t.Is(m.Last + 2, "of") && (t.IsNumber(m.Last + 3) || t.Is(m.Last + 3, "next") || t.Is(m.Last + 3, "this")))
            return s.Number(m, noun) with { Kind = ClaimKinds.Ordinal, Unit = null };
        if (noun is null || OrdinalNonClaims.Contains(noun))
            return null;
        noun = OrdinalSynonyms.GetValueOrDefault(noun, noun);
        if (noun == "time")
        {
            if (m.Value == 1)
                return null;
            // "retained his title for the fifth time" counts title defences.
            if (Mentions(t, m, "title", "defended", "retained", "defend", "retain", "belt"))
                noun = Slots.Defence;
        }

        return s.Number(m, noun) with { Kind = ClaimKinds.Ordinal, Unit = null };
    }

    /// <summary>
    /// "The fourth Valdane Salon", "the 14th Dalai Lama": a series with a name is counted by the name's last word ("the
    /// Eighth Symphony", capitalised, is a title, no count).
    /// </summary>
    private static string? NamedSeries(TokenView t, int first)
    {
        if (!t.IsWord(first) || !t.IsCapitalized(first))
            return null;
        var last = first;
        while (last < first + 3 && t.IsCapitalized(last + 1) && t.IsWord(last + 1))
            last++;
        return t.IsWord(last) && t.IsCapitalized(last) && !Lexicon.Weekdays.Contains(t.Span(last)) && !Lexicon.Months.Contains(t.Span(last))
            ? Nouns.Lemma(t.Str(last).ToLowerInvariant())
            : null;
    }

    private static IEnumerable<ExtractedClaim> Record(SentenceContext s, Mention m)
    {
        var subject = Names.Nearest(s.Tokens, m.First, m.Last);
        string[] slots = [Slots.RecordWins, Slots.RecordLosses, Slots.RecordDraws];
        for (var k = 0; k < m.Parts!.Length && k < slots.Length; k++)
        {
            var value = m.Parts[k];
            yield return s.Claim(ClaimKinds.Number, slots[k], m.First, m.Last) with
            {
                Value = value, Low = value, High = value, Subject = subject, Text = m.Text,
            };
        }
    }

    private static string MoneySlot(TokenView t, Mention m)
    {
        var k = m.Last + 1;
        if (t.Is(k, "worth") && t.Is(k + 1, "of"))
            k += 2;
        else if (t.Is(k, "of") || t.Is(k, "in") || t.Is(k, "for"))
            k++;
        if (k > m.Last + 1 && Nouns.HeadAfter(t, k) is { } thing)
            return Slots.Money + "." + thing.Lemma;
        for (var j = m.First - 1; j >= m.First - 4 && t.In(j) && !t.IsClauseBreak(j); j--)
        {
            if (t.IsWord(j) && !t.IsAny(j, Lexicon.Stops) && !t.Span(j).EndsWith("ed") && !t.IsCapitalized(j))
                return Slots.Money + "." + Nouns.Lemma(t.Str(j));
        }

        return Slots.Money;
    }

    private static bool Mentions(TokenView t, Mention around, params string[] words)
    {
        for (var k = t.From(around.First); k < t.To(around.Last); k++)
        {
            foreach (var word in words)
            {
                if (t.Is(k, word))
                    return true;
            }
        }

        return false;
    }

    private sealed record SentenceContext(TokenView Tokens, int Start, int End, List<Mention> Mentions, string? Attribution)
    {
        public DateOnly? Reference { get; init; }

        public ExtractedClaim Claim(string kind, string slot, int first, int last) => new()
        {
            Kind = kind,
            Slot = slot,
            Display = Tokens.Str(first, last),
            SentenceStart = Start,
            SentenceEnd = End,
            MentionStart = Tokens[first].Start,
            MentionEnd = Tokens[last].End,
            Attribution = Attribution,
        };

        public ExtractedClaim Number(Mention m, string slot) => Claim(ClaimKinds.Number, slot, m.First, m.Last) with
        {
            Value = m.Value, Low = m.Low, High = m.High, Bound = m.Bound, Unit = m.Unit,
        };
    }
}
