namespace FactCheck.Extraction.Engine;

/// <summary>People, places and organisations as spelled, with the title or role written before them.</summary>
internal static class Names
{
    private static readonly WordTable<bool> Particles = WordTable.Set("de", "da", "di", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "du", "dos", "del", "ter", "bint");

    private static readonly WordTable<bool> Roles = WordTable.Set(
        "envoy", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "chief", "commander", "secretary",
        "leader", "ambassador", "governor", "mayor", "premier", "chancellor", "king", "queen", "prince", "general", "colonel",
        "captain", "admiral", "referee", "promoter", "trainer", "director", "chairman", "chairwoman", "senator", "judge", "mediator",
        "negotiator", "representative", "deputy", "foreign", "defence", "defense", "prime", "interior", "vice", "opposition",
        "coach", "champion", "challenger", "heavyweight", "doctor", "professor", "inspector", "superintendent", "detective", "sergeant",
        "lieutenant", "commissioner", "councillor", "councilor", "bishop", "archbishop", "justice", "prosecutor", "sheriff",
        // Portfolios before a title: "Finance Minister Annika Torvald", "Health Secretary ...".
        "finance", "economy", "health", "education", "transport", "energy", "trade", "labour", "labor", "treasury", "agriculture",
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Capt", "Lt", "Sgt", "Sen", "Rep", "Prof", "Insp", "Supt", "Det", "Cllr");

    private static readonly WordTable<bool> RoleHeads = WordTable.Set(
        "envoy", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "chief", "commander", "secretary",
        "leader", "ambassador", "governor", "mayor", "premier", "chancellor", "king", "queen", "prince", "general", "colonel",
        "captain", "admiral", "referee", "promoter", "trainer", "director", "chairman", "chairwoman", "senator", "judge", "mediator",
        "negotiator", "representative", "coach", "champion", "challenger", "doctor", "professor", "inspector", "superintendent",
        "detective", "sergeant", "lieutenant", "commissioner", "councillor", "councilor", "bishop", "archbishop", "justice",
        "prosecutor", "sheriff");

    private static readonly WordTable<bool> NotNames = WordTable.Set(
        "I", "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "This", "That", "These", "Those", "But", "And", "Or",
        "If", "As", "For", "After", "Before", "When", "While", "Since", "Today", "Yesterday", "Tomorrow", "Mr", "Mrs", "Ms", "Dr",
        "His", "Her", "Their", "Our", "Its", "There", "Here", "What", "Who", "Why", "How", "Some", "Many", "Police", "Officials",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "AM", "PM", "GMT", "UTC", "KO", "KOs", "TKO",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "No", "Nos");

    public readonly record struct Found(int First, int Last, string Text, string? Role);

    public static IEnumerable<Found> Read(TokenView t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (!IsNameWord(t, i))
                continue;
            var first = i;
            var last = i;
            while (true)
            {
                if (IsNameWord(t, last + 1) && !t.IsPossessive(last))
                    last++;
                else if (t.IsAny(last + 1, Particles) && !t.IsCapitalized(last + 1) && IsNameWord(t, last + 2))
                    last += 2;
                else if (t.IsHyphen(last + 1) && t.Attached(last + 1) && t.Attached(last + 2) && IsNameWord(t, last + 2))
                    last += 2;
                else
                    break;
            }

            i = last;
            // Leading capitalised titles belong to the role: "Foreign Minister Sergei Lavrov".
            var roleStart = first;
            while (first < last && t.IsAny(first, Roles))
                first++;
            if (t.IsSymbol(first + 1, '.') && first < last && t.IsAny(first, Roles))
                first += 2;
            var role = RoleBefore(t, roleStart, first) ?? Apposition(t, roleStart, last);
            var single = first == last;
            if (single && (first == 0 || NotNames.Contains(t.Bare(first)) || (t.IsClauseBreak(first - 1) && first <= 1)))
                continue;
            if (single && Nouns.IsNationalityPlural(t, first) && role is null)
                continue;
            var text = t.Str(first, last);
            if (text.EndsWith("'s") || text.EndsWith("\u2019s"))
                text = text[..^2];
            if (text.Length < 2)
                continue;
            yield return new Found(first, last, text, role);
        }
    }

    /// <summary>The last word of the nearest name before (or else after) a token: the surname a record or an age belongs to.</summary>
    public static string? Nearest(TokenView t, int first, int last)
    {
        // "Bowe (45-1, 33 KOs) had been training ...": a bracket right after a name holds that name's figures, even when the name opens the sentence.
        for (var k = first - 1; k >= first - 8 && t.In(k) && !t.IsSymbol(k, ')'); k--)
        {
            if (t.IsSymbol(k, '('))
            {
                if (IsNameWord(t, k - 1) && !t.IsAny(k - 1, Roles))
                    return Surname(t, k - 1);
                break;
            }
        }
        for (var k = first - 1; k >= t.From(first); k--)
        {
            // A capital opening the text may be any word, but not one set off by commas around the figure ("Kresslova, 24, hit").
            if (IsNameWord(t, k) && !t.IsAny(k, NotNames) && !t.IsAny(k, Roles) && (k > 0 || IsNameWord(t, k + 1) || (t.IsSymbol(k + 1, ',') && k + 2 == first)))
                return Surname(t, k);
        }

        for (var k = last + 1; k < t.To(last); k++)
        {
            // "The 21-year-old from Utrecht": a capital after a preposition is a place, not the person.
            if (t.Is(k - 1, "from") || t.Is(k - 1, "in") || t.Is(k - 1, "of") || t.Is(k - 1, "at"))
                continue;
            if (IsNameWord(t, k) && !t.IsAny(k, NotNames) && !t.IsAny(k, Roles))
            {
                while (IsNameWord(t, k + 1))
                    k++;
                return Surname(t, k);
            }
        }

        return null;
    }


    private static string Surname(TokenView t, int k)
    {
        var word = t.Str(k);
        return word.EndsWith("'s") || word.EndsWith("\u2019s") ? word[..^2] : word;
    }

    private static bool IsNameWord(TokenView t, int i) =>
        t.IsCapitalized(i) && !t.IsAny(i, NotNames);

    /// <summary>A role set off by commas: "The UN's envoy for Syria, Staffan de Mistura," or "de Mistura, the UN Syria envoy,".</summary>
    private static string? Apposition(TokenView t, int first, int last)
    {
        if (t.IsSymbol(last + 1, ','))
        {
            for (var k = last + 2; k <= last + 7 && t.In(k) && !t.IsClauseBreak(k); k++)
            {
                if (t.IsAny(k, RoleHeads))
                    return t.Str(k).ToLowerInvariant();
            }
        }

        if (t.IsSymbol(first - 1, ','))
        {
            for (var k = first - 2; k >= first - 7 && t.In(k) && !t.IsClauseBreak(k); k--)
            {
                if (t.IsAny(k, RoleHeads))
                    return t.Str(k).ToLowerInvariant();
            }
        }

        return null;
    }

    private static string? RoleBefore(TokenView t, int runStart, int nameStart)
    {
        var words = new List<string>();
        for (var k = runStart; k < nameStart; k++)
        {
            if (t.IsWord(k))
                words.Add(t.Str(k).ToLowerInvariant());
        }

        for (var k = runStart - 1; k >= runStart - 3 && t.IsWord(k) && !t.IsCapitalized(k) && t.IsAny(k, Roles); k--)
            words.Insert(0, t.Str(k).ToLowerInvariant());
        var headAt = words.FindLastIndex(w => RoleHeads.Contains(w));
        return headAt < 0 ? null : string.Join('-', words.Take(headAt + 1).SkipWhile(w => !Roles.Contains(w) || w is "mr" or "mrs" or "ms" or "dr"));
    }
}
