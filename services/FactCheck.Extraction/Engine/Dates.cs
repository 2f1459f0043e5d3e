using System.Globalization;
using FactCheck.Contracts;

namespace FactCheck.Extraction.Engine;

/// <summary>Reads dates — "November 19", "2 July 2013", "May 2012", "April last year", "on Thursday", "last week" —
/// and resolves them against the reference date (publication, or the article's own dateline) when there is one.</summary>
internal static class Dates
{
    private static readonly WordTable<bool> MonthCues = WordTable.Set("in", "on", "since", "by", "until", "till", "from", "of", "last", "next", "early", "late", "mid", "this", "during", "before", "after", "through", "throughout");
    /// <summary>Words that make a following "to" look ahead: "expected to", "due to", "set to", "have to".</summary>
    private static readonly WordTable<bool> FutureTo = WordTable.Set("expected", "due", "set", "have", "has");

    private static readonly WordTable<bool> FutureCues = WordTable.Set("will", "expected", "due", "scheduled", "until", "next", "would", "set", "plans", "planned", "shall", "going", "aims", "hopes", "to", "must", "deadline");

    public static Mention? Read(TokenView t, int i, DateOnly? reference)
    {
        // Only a word or a day of the month (one or two digits) can open a date.
        if (!t.IsWord(i) && !(t.IsNumber(i) && t[i].IntegerDigits <= 2 && t[i].Decimals == 0))
            return null;
        return MonthFirst(t, i, reference) ?? DayFirst(t, i, reference) ?? Weekday(t, i, reference) ?? Relative(t, i, reference);
    }

    private static Mention? MonthFirst(TokenView t, int i, DateOnly? reference)
    {
        if (!IsMonth(t, i, out var month))
            return null;
        var j = MonthEnd(t, i);
        if (DayAt(t, j + 1, out var day, out var dayEnd))
            return WithYear(t, i, dayEnd, month, day, reference);

        if (YearAt(t, j + 1))
            return MonthOf(i, j + 1, (int)t[j + 1].Mantissa, month);
        if (RelativeYear(t, j + 1, out var offset) && reference is { } r)
            return MonthOf(i, j + 2, r.Year + offset, month);
        var cue = t.IsAny(i - 1, MonthCues) || RelativeYear(t, j + 1, out _);
        if (!cue || !t.IsCapitalized(i))
            return null;
        if (reference is not { } known)
            return new Mention { Kind = MentionKind.Date, First = i, Last = RelativeYear(t, j + 1, out _) ? j + 2 : j, Text = $"--{month:00}" };
        var guess = known.Year;
        if (month > known.Month && !Future(t, i))
            guess--;
        return MonthOf(i, j, guess, month);
    }

    private static Mention? DayFirst(TokenView t, int i, DateOnly? reference)
    {
        if (!DayAt(t, i, out var day, out var dayEnd))
            return null;
        var m = t.Is(dayEnd + 1, "of") ? dayEnd + 2 : dayEnd + 1;
        if (!IsMonth(t, m, out var month) || !t.IsCapitalized(m))
            return null;
        return WithYear(t, i, MonthEnd(t, m), month, day, reference);
    }

    /// <summary>A day and month, with the year that may follow them ("November 19, 2008").</summary>
    private static Mention WithYear(TokenView t, int first, int last, int month, int day, DateOnly? reference)
    {
        var k = t.IsSymbol(last + 1, ',') ? last + 2 : last + 1;
        return YearAt(t, k)
            ? Day(t, first, k, (int)t[k].Mantissa, month, day, reference)
            : Day(t, first, last, null, month, day, reference);
    }

    private static Mention? Weekday(TokenView t, int i, DateOnly? reference)
    {
        if (!t.IsCapitalized(i) || !Lexicon.Weekdays.TryGet(t.Bare(i), out var weekday))
            return null;
        // A dateline "Tuesday, July 2nd, 2013" is one date, and so is "on Tuesday November 25" or "Monday 24 November".
        var next = t.IsSymbol(i + 1, ',') ? i + 2 : i + 1;
        if ((MonthFirst(t, next, reference) ?? (next == i + 1 ? DayFirst(t, next, reference) : null)) is { } full && full.Text is { Length: >= 5 })
        {
            full.First = i;
            return full;
        }

        if (reference is not { } r)
            return new Mention { Kind = MentionKind.Date, First = i, Last = i, Text = weekday.ToString() };
        var delta = ((int)weekday - (int)r.DayOfWeek + 7) % 7;
        var date = Future(t, i) || t.Is(i - 1, "next") || t.Is(i - 1, "by") ? r.AddDays(delta) : r.AddDays(delta == 0 ? 0 : delta - 7);
        if (t.Is(i - 1, "last"))
            date = r.AddDays(delta == 0 ? -7 : delta - 7);
        return Resolved(i, i, date, date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static Mention? Relative(TokenView t, int i, DateOnly? reference)
    {
        if (reference is not { } r || !t.IsWord(i))
            return null;
        if (t.Is(i, "yesterday"))
            return Resolved(i, i, r.AddDays(-1), r.AddDays(-1), r.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (t.Is(i, "today") && !t.IsSymbol(i + 1, '\''))
            return Resolved(i, i, r, r, r.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (t.Is(i, "tomorrow"))
            return Resolved(i, i, r.AddDays(1), r.AddDays(1), r.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (!(t.Is(i, "last") || t.Is(i, "next") || t.Is(i, "this")))
            return null;
        var sign = t.Is(i, "last") ? -1 : t.Is(i, "next") ? 1 : 0;
        if (t.Is(i + 1, "week"))
        {
            var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7) + 7 * sign);
            return Resolved(i, i + 1, monday, monday.AddDays(6), $"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}");
        }

        if (t.Is(i + 1, "month"))
        {
            var first = new DateOnly(r.Year, r.Month, 1).AddMonths(sign);
            return Resolved(i, i + 1, first, first.AddMonths(1).AddDays(-1), first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        if (t.Is(i + 1, "year") && !t.IsCapitalized(i - 1))
        {
            var year = r.Year + sign;
            return Resolved(i, i + 1, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString("0000", CultureInfo.InvariantCulture));
        }

        return null;
    }

    private static Mention Day(TokenView t, int first, int last, int? year, int month, int day, DateOnly? reference)
    {
        if (year is null && reference is { } r)
        {
            year = r.Year;
            if (new DateOnly(r.Year, month, Math.Min(day, DateTime.DaysInMonth(r.Year, month))) > r.AddDays(31) && !Future(t, first))
                year--;
        }

        if (year is not { } y)
            return new Mention { Kind = MentionKind.Date, First = first, Last = last, Text = $"--{month:00}-{day:00}" };
        var date = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
        return Resolved(first, last, date, date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static Mention MonthOf(int first, int last, int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return Resolved(first, last, start, start.AddMonths(1).AddDays(-1), start.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    private static Mention Resolved(int first, int last, DateOnly low, DateOnly high, string text) => new()
    {
        Kind = MentionKind.Date, First = first, Last = last, Value = low.DayNumber, Low = low.DayNumber, High = high.DayNumber, Text = text,
    };

    private static bool IsMonth(TokenView t, int i, out int month)
    {
        month = 0;
        if (!t.IsWord(i) || !Lexicon.Months.TryGet(t.Span(i), out month))
            return false;
        // "may" the verb, "March" the verb, "Jan" the name: short or ambiguous forms need a capital and a figure nearby.
        if (t.Span(i).Length <= 4 && !(t.IsCapitalized(i) && (t.IsNumber(t.IsSymbol(i + 1, '.') ? i + 2 : i + 1) || t.IsNumber(i - 1) || t.IsAny(i - 1, MonthCues) || RelativeYear(t, i + 1, out _))))
            return false;
        return t.IsCapitalized(i) || !t.Is(i, "march");
    }

    private static int MonthEnd(TokenView t, int i) => t.IsSymbol(i + 1, '.') && t.Attached(i + 1) ? i + 1 : i;

    private static bool DayAt(TokenView t, int i, out int day, out int end)
    {
        day = 0;
        end = i;
        if (!t.IsNumber(i) || t[i].Decimals != 0 || t[i].IntegerDigits > 2 || t[i].Mantissa is < 1 or > 31)
            return false;
        day = (int)t[i].Mantissa;
        if (t.IsWord(i + 1) && t.Attached(i + 1) && (t.Is(i + 1, "st") || t.Is(i + 1, "nd") || t.Is(i + 1, "rd") || t.Is(i + 1, "th")))
            end = i + 1;
        return true;
    }

    private static bool YearAt(TokenView t, int i) =>
        t.IsNumber(i) && t[i].IntegerDigits == 4 && !t[i].Grouped && t[i].Decimals == 0 && t[i].Mantissa is >= 1000 and <= 2200;

    private static bool RelativeYear(TokenView t, int i, out int offset)
    {
        offset = t.Is(i, "last") ? -1 : t.Is(i, "next") ? 1 : 0;
        return (t.Is(i, "last") || t.Is(i, "next") || t.Is(i, "this")) && t.Is(i + 1, "year");
    }

    /// <summary>Whether the clause before a date looks ahead ("are expected to conclude on Friday").</summary>
    private static bool Future(TokenView t, int first)
    {
        for (var k = first - 1; k >= first - 7 && t.In(k) && !t.IsClauseBreak(k) && !t.Is(k, "and") && !t.Is(k, "but"); k--)
        {
            if (t.IsAny(k, FutureCues) && !(t.Is(k, "to") && !t.IsAny(k - 1, FutureTo)))
                return true;
        }

        return false;
    }

    /// <summary>The first full date near the top of an article (its dateline), used when no publication date is known.</summary>
    public static DateOnly? Dateline(string text)
    {
        var end = Math.Min(text.Length, ArticleAccepted.OpeningLength);
        var t = new TokenView(text, Tokenizer.Read(text, 0, end));
        for (var i = 0; i < t.Count; i++)
        {
            if ((MonthFirst(t, i, null) ?? DayFirst(t, i, null)) is { Value: { } day, Text.Length: 10 })
                return DateOnly.FromDayNumber((int)day);
        }

        return null;
    }
}
