namespace FactCheck.Extraction.Engine;

/// <summary>
/// Finds every value in a sentence — counts, ordinals, percentages, money, measures, durations, ages,
/// sports records, clock times and dates — with its bound, before anything decides what it is about.
/// </summary>
internal static class Recognizer
{
    private static readonly WordTable<bool> Zones = WordTable.Set("GMT", "UTC", "IST", "WIB", "EST", "EDT", "CET", "CEST", "BST", "PST", "PDT", "ET", "JST", "AEST", "Zulu", "Z");
    private static readonly WordTable<bool> OrdinalSuffixes = WordTable.Set("st", "nd", "rd", "th");

    /// <summary>Every word that can open a mention; any other word is skipped after one table probe.</summary>
    private static readonly WordTable<bool> Starters = WordTable.Set([
        .. Lexicon.Units.Keys, .. Lexicon.Tens.Keys, .. Lexicon.Ordinals.Keys, .. Lexicon.Vague.Keys, .. Lexicon.Months.Keys,
        .. Lexicon.Weekdays.Keys, .. Lexicon.CurrencySymbols.Keys, .. Lexicon.DollarPrefixes.Keys,
        "a", "an", "half", "quarter", "tens", "yesterday", "today", "tomorrow", "last", "next", "this", "Rs", "M"]);

    public static List<Mention> Scan(TokenView t, DateOnly? reference)
    {
        var mentions = new List<Mention>();
        for (var i = 0; i < t.Count; i++)
        {
            var kind = t[i].Kind;
            if (kind == TokenKind.Code || (kind == TokenKind.Word && !Starters.Contains(t.Bare(i)) && !(t.IsNumber(i + 1) && t.Attached(i + 1))))
                continue;
            if (kind == TokenKind.Symbol && !Lexicon.CurrencySymbols.Contains(t.Span(i)))
                continue;
            var mention = Time(t, i) ?? Dates.Read(t, i, reference) ?? Money(t, i) ?? Number(t, i) ?? Ordinal(t, i);
            if (mention is null)
                continue;
            if (mention.Kind is not (MentionKind.Date or MentionKind.Time or MentionKind.Year or MentionKind.Record or MentionKind.Ordinal))
                ApplyBounds(t, mention);
            mentions.Add(mention);
            i = mention.Last;
        }

        return mentions;
    }

    /// <summary>The hint of a race's or a task's time ("won in 2:06:41", "1:52.37"), as against a point in it ("the 2:15 mark").</summary>
    public const string TimeTaken = "taken";

    private static Mention? Time(TokenView t, int i)
    {
        if (SpokenClock(t, i) is { } spoken)
            return spoken;

        // "3.42am", "3.40 p.m.": the British clock writes its minutes after a point, which reads as a decimal.
        if (t.IsNumber(i) && t[i].Decimals > 0 && t.Span(i).IndexOf('.') is (1 or 2) and var point
            && t.Span(i).Length == point + 3 && MeridiemAt(t, i + 1, out _))
            return Clock(t, i, int.Parse(t.Span(i)[..point]), int.Parse(t.Span(i)[(point + 1)..]), i);

        // A clock time is digits followed by ":", a zone, "hrs" or am/pm; anything else is out at once.
        if (!t.IsNumber(i) || t[i].Decimals != 0 || !t.In(i + 1) || t[i + 1].Kind == TokenKind.Number
            || (t[i + 1].Kind == TokenKind.Symbol && !t.IsSymbol(i + 1, ':')))
            return null;
        var first = t[i];
        int hours, minutes, last;
        if (first.IntegerDigits <= 2 && t.IsSymbol(i + 1, ':') && t.Attached(i + 1) && t.IsNumber(i + 2) && t.Attached(i + 2) && t[i + 2].IntegerDigits == 2)
        {
            // "1:52.37": minutes, seconds and hundredths are a time taken ("stopped the clock at 1:52.37"), never a time of day.
            if (t[i + 2].Decimals > 0 && t[i + 2].Value < 60)
            {
                var taken = first.Value * 60 + t[i + 2].Value;
                return new Mention
                {
                    Kind = MentionKind.Elapsed, First = i, Last = i + 2, Value = taken, Low = taken, High = taken, Unit = "s", Written = taken, WrittenUnit = "s",
                    Hint = TimeTaken,
                };
            }

            hours = (int)first.Mantissa;
            minutes = (int)t[i + 2].Mantissa;
            last = i + 2;
            if (t.IsSymbol(last + 1, ':') && t.IsNumber(last + 2) && t[last + 2].IntegerDigits == 2)
            {
                last += 2;
                // "won in 2:06:41", "2:21:17 for the women's race": hours, minutes and seconds with no "at", zone or am/pm
                // is a time taken, not a time of day; read to the second, as a clock would drop the seconds that decide it.
                if (minutes <= 59 && t[last].Mantissa <= 59 && !t.Is(i - 1, "at") && !MeridiemAt(t, last + 1, out _) && !ZoneAt(t, last + 1, out _))
                {
                    var seconds = hours * 3600 + minutes * 60 + (int)t[last].Mantissa;
                    return new Mention
                    {
                        Kind = MentionKind.Elapsed, First = i, Last = last, Value = seconds, Low = seconds, High = seconds,
                        Unit = "s", Written = seconds, WrittenUnit = "s", Hint = TimeTaken,
                    };
                }
            }
            if (t.Is(last + 1, "mark") || (t.Is(i - 1, "the") && t.Is(last + 1, "minute")))
            {
                return new Mention
                {
                    Kind = MentionKind.Elapsed, First = i, Last = last + 1, Value = hours * 60 + minutes, Low = hours * 60 + minutes,
                    High = hours * 60 + minutes, Unit = "s", Written = hours * 60 + minutes, WrittenUnit = "s",
                };
            }
        }
        else if (first.IntegerDigits == 4 && !first.Grouped && (ZoneAt(t, i + 1, out _) || t.Is(i + 1, "hrs") || t.Is(i + 1, "hours") && t.Is(i - 1, "at")))
        {
            hours = (int)(first.Mantissa / 100);
            minutes = (int)(first.Mantissa % 100);
            last = i;
        }
        else if (first.IntegerDigits <= 2 && MeridiemAt(t, i + 1, out _))
        {
            hours = (int)first.Mantissa;
            minutes = 0;
            last = i;
        }
        else
        {
            return null;
        }

        return Clock(t, i, hours, minutes, last);
    }

    /// <summary>The rest of a clock time once its hours and minutes are read up to <paramref name="last"/>: am/pm, "hrs", a zone.</summary>
    private static Mention? Clock(TokenView t, int first, int hours, int minutes, int last)
    {
        if (hours > 23 || minutes > 59)
            return null;
        if (MeridiemAt(t, last + 1, out var meridiemEnd))
        {
            var pm = t.Span(last + 1).StartsWith("p", StringComparison.OrdinalIgnoreCase);
            if (pm && hours < 12)
                hours += 12;
            else if (!pm && hours == 12)
                hours = 0;
            last = meridiemEnd;
        }

        if (t.Is(last + 1, "hrs") || t.Is(last + 1, "hours"))
            last++;
        string? zone = null;
        if (ZoneAt(t, last + 1, out var zoneEnd))
        {
            zone = t.Is(last + 1, "local") ? "local" : t.Str(last + 1).ToUpperInvariant() is "GMT" or "Z" or "ZULU" ? "UTC" : t.Str(last + 1).ToUpperInvariant();
            last = zoneEnd;
        }

        var clock = $"{hours:00}:{minutes:00}";
        return new Mention
        {
            Kind = MentionKind.Time, First = first, Last = last, Text = zone is null ? clock : clock + " " + zone,
            Written = hours * 60 + minutes, WrittenUnit = zone,
        };
    }

    /// <summary>
    /// "At twenty to four", "at a quarter past ten", "at about half past three": the clock as it is spoken. Only after "at",
    /// "about" or "around", since "cut from twenty to four" is a count. Without am/pm the hour is read as afternoon from 1 to
    /// 6 o'clock, as news of the day means it.
    /// </summary>
    private static Mention? SpokenClock(TokenView t, int i)
    {
        if (!(t.Is(i - 1, "at") || t.Is(i - 1, "about") || t.Is(i - 1, "around")))
            return null;
        var start = t.Is(i, "a") && t.Is(i + 1, "quarter") ? i + 1 : i;
        var minutes = t.Is(start, "quarter") ? 15 : t.Is(start, "half") ? 30
            : Lexicon.Tens.TryGet(t.Span(start), out var tens) && tens == 20 ? 20 + (t.IsSymbol(start + 1, '-') && Lexicon.Units.TryGet(t.Span(start + 2), out var five) && five == 5 ? 5 : 0)
            : Lexicon.Units.TryGet(t.Span(start), out var units) && units is 5 or 10 ? units : -1;
        var direction = start + (minutes == 25 ? 3 : 1);
        if (minutes < 0 || !(t.Is(direction, "past") || t.Is(direction, "to")) || !Lexicon.Units.TryGet(t.Span(direction + 1), out var hour) || hour is < 1 or > 12)
            return null;
        if (t.Is(direction, "to"))
            (hour, minutes) = (hour - 1 == 0 ? 12 : hour - 1, 60 - minutes);
        if (hour <= 6 && !MeridiemAt(t, direction + 2, out _))
            hour += 12;
        return Clock(t, i, hour, minutes, direction + 1);
    }

    private static bool ZoneAt(TokenView t, int i, out int end)
    {
        end = i;
        if (t.Is(i, "local") && t.Is(i + 1, "time"))
        {
            end = i + 1;
            return true;
        }

        return t.IsWord(i) && char.IsUpper(t.Text[t[i].Start]) && Zones.Contains(t.Span(i));
    }

    private static bool MeridiemAt(TokenView t, int i, out int end)
    {
        end = i;
        if (t.Is(i, "am") || t.Is(i, "pm"))
            return true;
        if ((t.Is(i, "a") || t.Is(i, "p")) && t.IsSymbol(i + 1, '.') && t.Attached(i + 1) && t.Is(i + 2, "m") && t.Attached(i + 2))
        {
            end = t.IsSymbol(i + 3, '.') && t.Attached(i + 3) ? i + 3 : i + 2;
            return true;
        }

        return false;
    }

    private static Mention? Money(TokenView t, int i)
    {
        if (!Currency(t, i, out var code, out var numberAt))
            return null;
        var number = NumberReader.Read(t, numberAt, money: true);
        if (number is not { } n || n.IsVague)
            return null;
        var mention = new Mention
        {
            Kind = MentionKind.Money, First = i, Last = n.Last, Value = n.Value, Unit = code, Written = n.Value, WrittenUnit = code,
        };
        var next = n.Last + 1;
        if ((t.IsDash(next) || t.Is(next, "to")) && Currency(t, next + 1, out var code2, out var secondAt) && code2 == code
            && NumberReader.Read(t, secondAt, money: true) is { } second && second.Value > n.Value)
        {
            SetRange(mention, n.Value, second.Value, second.Last);
        }

        return mention;
    }

    private static bool Currency(TokenView t, int i, out string code, out int numberAt)
    {
        code = "";
        numberAt = i + 1;
        if (!t.In(i))
            return false;
        if (t[i].Kind == TokenKind.Symbol && Lexicon.CurrencySymbols.TryGet(t.Span(i), out code!))
            return t.IsNumber(i + 1) && t[i + 1].Kind == TokenKind.Number;
        if (!t.IsWord(i))
            return false;
        // "US$ 5", "HK$5", "c $ 16.4 million", "u.s $ 100": letters before a dollar sign say which dollar.
        var sign = t.IsSymbol(i + 1, '.') && t.IsWord(i + 2) && t.IsSymbol(i + 3, '$') ? i + 3 : i + 1;
        if (t.IsSymbol(sign, '$') && t.IsNumber(sign + 1))
        {
            var letters = sign == i + 3 ? "us" : t.Str(i);
            var singleLetter = letters.Length == 1 && !t.Is(i, "c");
            if (Lexicon.DollarPrefixes.TryGet(letters, out code!) && (!singleLetter || t.Attached(sign)) && !(t.Is(i, "a") && !t.Attached(sign)))
            {
                numberAt = sign + 1;
                return true;
            }
        }

        if (t.IsNumber(i + 1) && t.Attached(i + 1) && t[i].Spaced && Lexicon.CurrencyTypos.TryGet(t.Span(i), out code!))
            return true;
        if (t.IsNumber(i + 1) && char.IsUpper(t.Text[t[i].Start]) && Lexicon.CurrencySymbols.TryGet(t.Span(i), out code!))
            return true;
        if (t.Is(i, "Rs") && t.IsSymbol(i + 1, '.') && t.IsNumber(i + 2))
        {
            code = "INR";
            numberAt = i + 2;
            return true;
        }

        return false;
    }

    private static Mention? Number(TokenView t, int i)
    {
        if (t.In(i) && t[i].Kind == TokenKind.Code)
            return null;
        if (t.IsNumber(i) && (IsDesignation(t, i) || IsEscaped(t, i)))
            return null;
        if (t.IsNumber(i) && t.IsWord(i - 1) && t.Attached(i) && t.Is(i - 1, "M") && !t.Attached(i - 1))
            return Magnitude(t, i - 1, t[i].Value, i);
        // "one of the", "the one you mentioned", "which one": a pronoun, not a figure.
        if (t.Is(i, "one") && (t.Is(i + 1, "of") || ((t.Is(i - 1, "the") || t.Is(i - 1, "this") || t.Is(i - 1, "that") || t.Is(i - 1, "which")
            || t.Is(i - 1, "each") || t.Is(i - 1, "every") || t.Is(i - 1, "any") || t.Is(i - 1, "no")) && (!t.IsWord(i + 1) || t.IsAny(i + 1, Lexicon.Stops) || t.Is(i + 1, "you")))))
            return null;
        // "twenty-first" is an ordinal.
        if (t.IsWord(i) && Lexicon.Tens.Contains(t.Span(i)) && (t.IsDash(i + 1) ? i + 2 : i + 1) is var o && t.IsWord(o) && Lexicon.Ordinals.TryGet(t.Span(o), out var ou) && ou < 10)
            return null;
        if (t.IsNumber(i) && t.IsWord(i + 1) && t.Attached(i + 1) && OrdinalSuffixes.Contains(t.Span(i + 1)))
            return null;
        // "killed a child", "wounding a policeman": the article counts one person.
        if ((t.Is(i, "a") || t.Is(i, "an")) && t.IsAny(i + 1, Lexicon.PeopleNouns) && !t.Span(i + 1).EndsWith("s") && Frames.IsTrigger(t, i - 1))
            return new Mention { Kind = MentionKind.Count, First = i, Last = i, Value = 1, Written = 1 };
        if (NumberReader.Read(t, i) is not { } n)
            return null;

        if (n.IsVague)
        {
            return new Mention
            {
                Kind = MentionKind.Count, First = n.First, Last = n.Last, Value = n.Value, Low = n.Value, High = n.High,
                Bound = Bounds.Range, Written = n.Value,
            };
        }

        var mention = new Mention { Kind = MentionKind.Count, First = n.First, Last = n.Last, Value = n.Value, Written = n.Value };

        if (!n.Words && n.Exponent == 0 && t.IsHyphen(n.Last + 1) && t.Attached(n.Last + 1) && t.IsNumber(n.Last + 2) && t.Attached(n.Last + 2))
            return Hyphenated(t, n);

        var next = n.Last + 1;
        if (RangeEnd(t, n, next) is { } second)
        {
            SetRange(mention, n.Value, second.Value, second.Last);
            next = second.Last + 1;
        }

        if (Percent(t, next, out var percentEnd))
        {
            mention = Retype(mention, MentionKind.Percent, percentEnd);
            mention.Unit = "%";
            mention.WrittenUnit = "%";
            return mention;
        }

        if (t.IsHyphen(next) && t.Attached(next) && t.IsWord(next + 1) && t.Attached(next + 1))
            return HyphenSuffix(t, mention, next + 1);

        if (AgeAt(t, next, out var ageUnit, out var ageEnd))
        {
            mention = Retype(mention, MentionKind.Age, ageEnd);
            mention.Unit = ageUnit;
            mention.WrittenUnit = ageUnit;
            return mention;
        }

        if (t.Is(next, "magnitude") || (t.Is(next, "on") && t.Is(next + 2, "Richter")))
            return Magnitude(t, n.First, mention.Value!.Value, t.Is(next, "magnitude") ? next : next + 3);

        var pounds = t.Is(next, "pounds") || t.Is(next, "pound");
        if ((!pounds || !MoneyContext(t, n)) && UnitAt(t, next, out var unit, out var unitEnd))
            return Compound(t, Feet(t, Measured(mention, unit, unitEnd, t.Attached(next))));

        if (CurrencyWordAt(t, next, out var code, out var currencyEnd))
        {
            mention = Retype(mention, MentionKind.Money, currencyEnd);
            // "75 USD million"
            if (t.IsWord(currencyEnd + 1) && Lexicon.Scales.TryGet(t.Span(currencyEnd + 1), out var after) && !t.Span(currencyEnd + 1).EndsWith("s") && n.Exponent == 0)
            {
                mention.Value *= Token.Pow10(after);
                mention.Written = mention.Value;
                mention.Last = currencyEnd + 1;
            }

            mention.Unit = code;
            mention.WrittenUnit = code;
            return mention;
        }

        if ((t.Is(n.First - 1, "aged") || t.Is(n.First - 1, "age")) && !n.Words || (t.Is(n.First - 1, "aged") && n.Words))
        {
            var aged = Retype(mention, MentionKind.Age, mention.Last);
            aged.First = n.First - 1;
            aged.Unit = "yr";
            aged.WrittenUnit = "yr";
            return aged;
        }

        if (IsMagnitudeBefore(t, n.First))
            return Magnitude(t, n.First, mention.Value!.Value, mention.Last);

        if (!n.Words && n.Exponent == 0 && IsYear(t, n.First))
            return new Mention { Kind = MentionKind.Year, First = n.First, Last = n.Last, Value = n.Value, Text = ((int)n.Value).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) };

        return mention;
    }

    /// <summary>Digits glued to a URL's "%", "=" or "/" are part of an address.</summary>
    private static bool IsEscaped(TokenView t, int i) =>
        t.Attached(i) && (t.IsSymbol(i - 1, '%') || t.IsSymbol(i - 1, '=') || (t.IsSymbol(i - 1, '/') && t.Attached(i - 1) && t.IsWord(i - 2)));

    /// <summary>"AK-47", "F-16", "A320": a model name, not a count.</summary>
    private static bool IsDesignation(TokenView t, int i)
    {
        if (t.IsWord(i - 1) && t.Attached(i))
            return !(Lexicon.CurrencyTypos.Contains(t.Span(i - 1)) && t[i - 1].Spaced) && !t.Is(i - 1, "M");
        return t.IsHyphen(i - 1) && t.Attached(i - 1) && t.Attached(i) && t.IsWord(i - 2) && t.IsCapitalized(i - 2);
    }

    /// <summary>Digits joined by hyphens: a sports record ("52-3", "45-7-2"), a range ("30-40"), or a code (phone, ISO date).</summary>
    private static Mention? Hyphenated(TokenView t, NumberSpan n)
    {
        var parts = new List<int> { (int)n.Value };
        var digits = t[n.First].IntegerDigits;
        var last = n.First;
        while (t.IsHyphen(last + 1) && t.Attached(last + 1) && t.IsNumber(last + 2) && t.Attached(last + 2) && t[last + 2].Decimals == 0)
        {
            parts.Add((int)Math.Min(t[last + 2].Value, int.MaxValue));
            digits = Math.Max(digits, t[last + 2].IntegerDigits);
            last += 2;
        }

        if (t[n.First].Decimals != 0 || digits >= 3 || parts.Count > 3)
            return new Mention { Kind = MentionKind.Year, First = n.First, Last = last, Text = t.Str(n.First, last) };
        if (parts.Count == 2 && parts[0] < parts[1])
        {
            var range = new Mention { Kind = MentionKind.Count, First = n.First, Last = last, Value = parts[0], Written = parts[0] };
            SetRange(range, parts[0], parts[1], last);
            var next = last + 1;
            if (Percent(t, next, out var percentEnd))
            {
                range = Retype(range, MentionKind.Percent, percentEnd);
                range.Unit = "%";
                return range;
            }

            return UnitAt(t, next, out var unit, out var unitEnd) ? Measured(range, unit, unitEnd) : range;
        }

        return new Mention
        {
            Kind = MentionKind.Record, First = n.First, Last = last, Value = parts[0], Low = parts[0], High = parts[0],
            Text = string.Join('-', parts), Parts = [.. parts],
        };
    }

    private static NumberSpan? RangeEnd(TokenView t, NumberSpan n, int next)
    {
        var between = t.Is(n.First - 1, "between") || t.Is(n.First - 1, "from");
        if (!(t.Is(next, "to") || (t.IsDash(next) && !t.Attached(next)) || (between && t.Is(next, "and")) || (n.Words && t.Is(next, "or"))))
            return null;
        if (NumberReader.Read(t, next + 1) is not { } second || second.IsVague)
            return null;
        var low = n.Value;
        if (second.Exponent > 0 && n.Exponent == 0 && low < second.Value / Token.Pow10(second.Exponent))
            low *= Token.Pow10(second.Exponent);
        return low < second.Value && (low > 0 || second.Value > 0) && !(IsYearValue(low) && IsYearValue(second.Value) && !n.Words)
            ? second with { Value = second.Value }
            : null;
    }

    private static bool IsYearValue(double v) => v is >= 1800 and <= 2100 && v == Math.Floor(v);

    private static void SetRange(Mention mention, double low, double high, int last)
    {
        mention.Low = low;
        mention.High = high;
        mention.Value = low;
        mention.Bound = Bounds.Range;
        mention.Last = last;
    }

    private static Mention Retype(Mention m, MentionKind kind, int last) => new()
    {
        Kind = kind, First = m.First, Last = last, Value = m.Value, Low = m.Low, High = m.High, Bound = m.Bound,
        Written = m.Bound == Bounds.Range && kind is MentionKind.Age or MentionKind.Measure ? m.High : m.Written,
    };

    private static bool Percent(TokenView t, int i, out int end)
    {
        end = i;
        // "30%25" in a URL is an escape, not a percentage.
        if (t.IsSymbol(i, '%'))
            return !(t.In(i + 1) && t.Attached(i + 1) && t[i + 1].Kind is TokenKind.Number or TokenKind.Word);
        if (t.Is(i, "percent") || t.Is(i, "pct") || t.Is(i, "percents") || t.Is(i, "percentage"))
            return true;
        if (t.Is(i, "per") && t.Is(i + 1, "cent"))
        {
            end = i + 1;
            return true;
        }

        return false;
    }

    private static bool AgeAt(TokenView t, int i, out string unit, out int end)
    {
        unit = "yr";
        end = i;
        if (!t.IsWord(i))
            return false;
        var word = t.Str(i).ToLowerInvariant();
        if (word is "yo" or "y.o")
        {
            unit = "yr";
            return true;
        }

        unit = word.TrimEnd('s') switch { "year" => "yr", "month" => "mo", "week" => "wk", "day" => "d", _ => "" };
        if (unit.Length == 0)
            return false;
        if (t.Is(i + 1, "old") && !t.Is(i + 2, "of"))
        {
            end = i + 1;
            return true;
        }

        if (t.IsHyphen(i + 1) && t.Is(i + 2, "old"))
        {
            end = i + 2;
            return true;
        }

        if (t.Is(i + 1, "of") && t.Is(i + 2, "age"))
        {
            end = i + 2;
            return true;
        }

        return false;
    }

    /// <summary>"20-strong", "six-year war", "36-year-old", "6.1-magnitude", "10-km race".</summary>
    private static Mention HyphenSuffix(TokenView t, Mention mention, int word)
    {
        if (t.Is(word, "strong"))
        {
            mention.Hint = "strong";
            mention.Last = word;
            return mention;
        }

        if (t.Is(word, "magnitude"))
            return Magnitude(t, mention.First, mention.Value!.Value, word);

        if (AgeAt(t, word, out var ageUnit, out var ageEnd))
        {
            var age = Retype(mention, MentionKind.Age, ageEnd);
            age.Unit = ageUnit;
            age.WrittenUnit = ageUnit;
            return age;
        }

        if (Lexicon.CurrencyWords.TryGet(t.Span(word), out var currency))
        {
            var money = Retype(mention, MentionKind.Money, word);
            money.Unit = currency;
            money.WrittenUnit = currency;
            return money;
        }

        if (t.Is(word, "plus"))
        {
            mention.Bound = Bounds.AtLeast;
            mention.Last = word;
            return mention;
        }

        if (Lexicon.UnitWords.TryGet(t.Span(word), out var unit))
        {
            var measured = Measured(mention, unit, word);
            if (t.IsWord(word + 1) && !t.IsAny(word + 1, Lexicon.Stops))
                measured.Noun = Nouns.Lemma(t.Str(word + 1));
            return measured;
        }

        mention.Noun = Nouns.Lemma(t.Str(word));
        mention.Last = word;
        return mention;
    }

    private static Mention Measured(Mention mention, Unit unit, int last, bool attached = false)
    {
        var kind = unit.Dimension == Dimension.Time ? MentionKind.Duration : MentionKind.Measure;
        var measured = Retype(mention, kind, last);
        var written = mention.Value!.Value;
        measured.Value = written * unit.Factor;
        measured.Written = mention.Bound == Bounds.Range ? mention.High : written;
        measured.Unit = unit.Canonical;
        measured.WrittenUnit = unit.Name;
        measured.Dimension = unit.Dimension;
        measured.UnitAttached = attached;
        if (mention.Low is { } low)
            measured.Low = low * unit.Factor;
        if (mention.High is { } high)
            measured.High = high * unit.Factor;
        return measured;
    }

    /// <summary>"5 feet 2 inches": one height.</summary>
    private static Mention Feet(TokenView t, Mention m)
    {
        if (m.WrittenUnit != "ft" || m.Bound == Bounds.Range)
            return m;
        var k = t.Is(m.Last + 1, "and") ? m.Last + 2 : m.Last + 1;
        if (!t.IsNumber(k) || !(t.Is(k + 1, "inches") || t.Is(k + 1, "inch") || t.Is(k + 1, "in")) || t[k].Value >= 12)
            return m;
        var feet = m.Written!.Value + t[k].Value / 12;
        m.Written = feet;
        m.Value = feet * 0.0003048;
        m.Low = m.High = m.Value;
        m.Last = k + 1;
        return m;
    }

    /// <summary>"1 minute 12 seconds", "2min 15sec", "5h 02min 37sec", "two hours and 40 minutes": one duration.</summary>
    private static Mention Compound(TokenView t, Mention m)
    {
        if (m.Kind != MentionKind.Duration || m.Bound == Bounds.Range || m.Value is not { } total || m.Written is not { } written || written <= 0)
            return m;
        var first = total / written;
        var step = first;
        while (true)
        {
            var k = t.Is(m.Last + 1, "and") ? m.Last + 2 : m.Last + 1;
            // Each part is a smaller unit and less than one of the unit before it: "1 minute 72 seconds" is no time.
            if (!t.IsNumber(k) || !UnitAt(t, k + 1, out var smaller, out var end) || smaller.Dimension != Dimension.Time
                || smaller.Factor >= step || t[k].Value * smaller.Factor >= step)
                break;
            total += t[k].Value * smaller.Factor;
            step = smaller.Factor;
            m.Last = end;
        }

        m.Value = m.Low = m.High = total;
        m.Written = total / first;
        return m;
    }

    private static bool Closes(char open, char close) => (open, close) is ('(', ')') or ('[', ']') or ('{', '}') or ('<', '>');

    private static bool UnitAt(TokenView t, int i, out Unit unit, out int end)
    {
        end = i;
        unit = null!;
        // "20 (kg)", "20 [kg]"
        if (t.In(i) && t[i].Kind == TokenKind.Symbol && t.Text[t[i].Start] is '(' or '[' or '{' or '<' && t.IsWord(i + 1)
            && t.In(i + 2) && t[i + 2].Kind == TokenKind.Symbol && Closes(t.Text[t[i].Start], t.Text[t[i + 2].Start])
            && Lexicon.UnitWords.TryGet(t.Span(i + 1), out unit!) && unit.Dimension != Dimension.Time)
        {
            end = i + 2;
            return true;
        }

        if (!t.IsWord(i))
            return false;
        if (t.Is(i, "nautical") && (t.Is(i + 1, "miles") || t.Is(i + 1, "mile")))
        {
            unit = new Unit("km", 1.852, Dimension.Length, "nmi");
            end = i + 1;
            return true;
        }

        if ((t.Is(i, "square") || t.Is(i, "sq")) && t.IsWord(i + 1) && Lexicon.UnitWords.TryGet(t.Span(i + 1), out var side) && side.Dimension == Dimension.Length)
        {
            var area = side.Factor * side.Factor;
            unit = new Unit("km2", area, Dimension.Area, side.Name + "2");
            end = i + 1;
            return true;
        }

        if (t.Is(i, "metric") && t.IsWord(i + 1) && Lexicon.UnitWords.TryGet(t.Span(i + 1), out var metric) && metric.Written == "t")
        {
            unit = metric;
            end = i + 1;
            return true;
        }

        if (!Lexicon.UnitWords.TryGet(t.Span(i), out unit!))
            return false;
        // "24703m212" is a code; "190 km2" is an area.
        if (t.IsNumber(i + 1) && t.Attached(i + 1))
        {
            if (t[i + 1].Mantissa != 2 || t[i + 1].IntegerDigits != 1 || unit.Dimension != Dimension.Length || (t.IsWord(i + 2) && t.Attached(i + 2)))
                return false;
            unit = new Unit("km2", unit.Factor * unit.Factor, Dimension.Area, unit.Name + "2");
            end = i + 1;
            return true;
        }

        var spacedMetre = t.Is(i, "m") && !t.IsWord(i + 1) && !t.IsSymbol(i - 2, '$');
        if (Lexicon.AttachedOnlyUnits.Contains(t.Span(i)) && !spacedMetre && (!t.Attached(i) || t.IsWord(i + 1) && t.Attached(i + 1)))
            return false;
        if (t.Is(i, "second") || t.Is(i, "minute") || t.Is(i, "hour") || t.Is(i, "day") || t.Is(i, "week") || t.Is(i, "month") || t.Is(i, "year"))
        {
            // "one day" is a duration; "the second day" never reaches here. Singular only after one/a.
            if (!t.Attached(i) && t.IsNumber(i - 1) && t[i - 1].Value != 1)
                return false;
        }

        end = i;
        // Speeds: "km/h", "miles an hour", "kilometres per hour".
        if (unit.Dimension == Dimension.Length)
        {
            if (t.IsSymbol(i + 1, '/') && (t.Is(i + 2, "h") || t.Is(i + 2, "hr")))
            {
                unit = new Unit("km/h", unit.Factor, Dimension.Speed, unit.Name == "mi" ? "mph" : unit.Name + "/h");
                end = i + 2;
            }
            else if ((t.Is(i + 1, "an") || t.Is(i + 1, "per") || t.Is(i + 1, "a")) && t.Is(i + 2, "hour"))
            {
                unit = new Unit("km/h", unit.Factor, Dimension.Speed, unit.Name == "mi" ? "mph" : unit.Name + "/h");
                end = i + 2;
            }
        }

        return true;
    }

    private static bool CurrencyWordAt(TokenView t, int i, out string code, out int end)
    {
        end = i;
        code = "";
        if (!t.In(i))
            return false;
        // "10 $", "10 €", "100元", "20 usd", "115USD"
        if ((t[i].Kind == TokenKind.Symbol || (t.IsWord(i) && (t.Span(i).Length == 3 || t.Span(i)[0] > '\u007f'))) && Lexicon.CurrencySymbols.TryGet(t.Span(i), out code!)
            && !(t[i].Kind == TokenKind.Symbol && t.IsNumber(i + 1)))
            return true;
        if (t.IsWord(i) && Lexicon.CurrencyWords.TryGet(t.Span(i), out code!))
            return !t.Is(i, "won") && !t.Is(i, "real") && !t.Is(i, "rand");
        // "US dollars", "Finnish markka", "Hong Kong dollars", "new zealand dollars"
        if (t.IsWord(i) && Lexicon.CurrencyQualifiers.TryGet(t.Span(i), out var qualified))
        {
            for (var k = 1; k <= 2; k++)
            {
                if (t.IsWord(i + k) && Lexicon.CurrencyWords.TryGet(t.Span(i + k), out _))
                {
                    code = qualified;
                    end = i + k;
                    return true;
                }
            }
        }

        code = "";
        return false;
    }

    /// <summary>"pounds" after a figure is money when the figure is in millions or the sentence talks money; otherwise weight.</summary>
    private static bool MoneyContext(TokenView t, NumberSpan n)
    {
        if (n.Exponent > 0 || (t.IsWord(n.Last) && Lexicon.Scales.Contains(t.Span(n.Last))))
            return true;
        for (var k = t.From(n.First); k < t.To(n.Last); k++)
        {
            if (t.IsSymbol(k, '£') || t.Is(k, "cost") || t.Is(k, "costs") || t.Is(k, "paid") || t.Is(k, "price") || t.Is(k, "worth")
                || t.Is(k, "fine") || t.Is(k, "fined") || t.Is(k, "sterling") || t.Is(k, "salary") || t.Is(k, "budget") || t.Is(k, "fee"))
                return true;
        }

        return false;
    }

    private static bool IsMagnitudeBefore(TokenView t, int first)
    {
        var k = first - 1;
        if (t.IsHyphen(k))
            k--;
        if (t.Is(k, "of") && t.Is(k - 1, "magnitude"))
            return true;
        return t.Is(k, "magnitude") || (t.Is(k, "measuring") && t.Is(first + 1, "on")) || t.Is(k, "measured");
    }

    private static Mention Magnitude(TokenView t, int first, double value, int last)
    {
        if (t.Is(last + 1, "on") && t.Is(last + 3, "Richter") && t.Is(last + 4, "scale"))
            last += 4;
        return new Mention
        {
            Kind = MentionKind.Magnitude, First = first, Last = last, Value = value, Unit = "magnitude", Written = value, WrittenUnit = "magnitude",
        };
    }

    private static bool IsYear(TokenView t, int i)
    {
        var token = t[i];
        if (token.Grouped || token.Decimals != 0 || token.IntegerDigits != 4 || token.Mantissa is < 1000 or > 2100)
            return false;
        // "1844 people", "2011 houses": a figure counting a plural is not a year.
        if (t.IsWord(i + 1) && !t.IsCapitalized(i + 1) && (t.Span(i + 1).EndsWith("s") || t.IsAny(i + 1, Lexicon.PeopleNouns)) && !t.IsAny(i + 1, Lexicon.Stops))
            return false;
        return true;
    }

    private static Mention? Ordinal(TokenView t, int i)
    {
        int value;
        int last;
        if (t.IsNumber(i) && t[i].Decimals == 0 && t.IsWord(i + 1) && t.Attached(i + 1) && OrdinalSuffixes.Contains(t.Span(i + 1)))
        {
            value = (int)t[i].Mantissa;
            last = i + 1;
        }
        else if (t.IsWord(i) && Lexicon.Tens.TryGet(t.Span(i), out var tens) && (t.IsDash(i + 1) ? i + 2 : i + 1) is var u
                 && t.IsWord(u) && Lexicon.Ordinals.TryGet(t.Span(u), out var unit) && unit < 10)
        {
            value = tens + unit;
            last = u;
        }
        else if (t.IsWord(i) && Lexicon.Ordinals.TryGet(t.Span(i), out var word))
        {
            value = word;
            last = i;
        }
        else
        {
            return null;
        }

        var mention = new Mention { Kind = MentionKind.Ordinal, First = i, Last = last, Value = value, Low = value, High = value, Written = value };
        if (t.IsHyphen(last + 1) && t.Attached(last + 1) && t.IsWord(last + 2))
        {
            mention.Noun = Nouns.Lemma(t.Str(last + 2));
            mention.Last = last + 2;
        }

        return mention;
    }

    /// <summary>Bound words around a figure: "more than 300", "at least 50", "about 13", "50 or more", "between 30 and 40".</summary>
    private static void ApplyBounds(TokenView t, Mention m)
    {
        if (m.Bound == Bounds.Range)
        {
            if (t.Is(m.First - 1, "between") || t.Is(m.First - 1, "from"))
                m.First--;
            return;
        }

        var before = m.First - 1;
        foreach (var (words, bound) in t.IsAny(before, Lexicon.BoundEnds) ? Lexicon.BoundsBefore : [])
        {
            if (!t.EndsWith(before, words))
                continue;
            // "over 200" bounds; "in over 200 ..." too; but "over the weekend" never reaches here.
            if (words is ["some"] && m.Kind == MentionKind.Count && !t.IsNumber(m.First) && m.Value <= 1)
                break;
            m.Bound = bound;
            m.First = before - words.Length + 1;
            break;
        }

        if (m.Bound == Bounds.Exact)
        {
            var after = m.Last + 1;
            if ((t.Is(after, "or") || t.Is(after, "and")) && (t.Is(after + 1, "more") || t.Is(after + 1, "over") || t.Is(after + 1, "above")))
            {
                m.Bound = Bounds.AtLeast;
                m.Last = after + 1;
            }
            else if (t.IsSymbol(after, '+') && t.Attached(after))
            {
                m.Bound = Bounds.AtLeast;
                m.Last = after;
            }
            else if (t.Is(after, "or") && t.Is(after + 1, "so"))
            {
                m.Bound = Bounds.About;
                m.Last = after + 1;
            }
            else if ((t.Is(after, "or") || t.Is(after, "and")) && (t.Is(after + 1, "less") || t.Is(after + 1, "fewer") || t.Is(after + 1, "under")))
            {
                m.Bound = Bounds.AtMost;
                m.Last = after + 1;
            }
        }

        Intervals.Apply(m);
    }
}
