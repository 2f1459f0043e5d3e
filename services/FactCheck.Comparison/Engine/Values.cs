using System.Globalization;
using FactCheck.Contracts;

namespace FactCheck.Comparison.Engine;

/// <summary>When two values on one slot can both be true: intervals in base units, ordinals, dates and weekdays.</summary>
public static class Values
{
    public const double ExactTolerance = 0.01;
    public const double BoundTolerance = 0.05;
    public const double ConvertedTolerance = 0.05;
    public const double AboutSpread = 0.1;

    public static bool Compatible(Claim a, Claim b) => a.Kind switch
    {
        "ordinal" => a.Value == b.Value,
        "date" => SameDay(a, b),
        _ => NumbersCompatible(a, b),
    };

    /// <summary>The interval a figure allows, in its dimension's base unit (or in its own unit when both sides share it).</summary>
    public static (double Low, double High) Interval(Claim claim, bool ownUnit = false)
    {
        var scale = ownUnit ? new UnitScale("", 1, 1) : Units.Of(claim.Unit);
        var value = claim.Value ?? 0;
        var low = claim.Low ?? (claim.Bound is "atMost" ? double.NegativeInfinity : claim.Bound is "atLeast" or "exact" or "about" ? value : double.NegativeInfinity);
        var high = claim.High ?? (claim.Bound is "atLeast" ? double.PositiveInfinity : claim.Bound is "atMost" or "exact" or "about" ? value : double.PositiveInfinity);
        // Extraction already gives "about 40" its ±10 %, and a converted measure ("7.8 metres") the rounding of its last digit.
        if (claim.Bound == "about" && (claim.Low is null || claim.High is null))
        {
            low = Math.Min(low, value * (1 - AboutSpread));
            high = Math.Max(high, value * (1 + AboutSpread));
        }

        return (Scaled(low, scale.Low, scale.High, Math.Min), Scaled(high, scale.Low, scale.High, Math.Max));
    }

    /// <summary>A point for ordering and gaps: the middle of the base-unit reading.</summary>
    public static double Point(Claim claim)
    {
        var scale = Units.Of(claim.Unit);
        return (claim.Value ?? 0) * (scale.Low + scale.High) / 2;
    }

    private static double Scaled(double value, double low, double high, Func<double, double, double> pick) =>
        double.IsInfinity(value) ? value : pick(value * low, value * high);

    private static bool NumbersCompatible(Claim a, Claim b)
    {
        var converted = !string.Equals(a.Unit, b.Unit, StringComparison.OrdinalIgnoreCase);
        if (a.Bound == b.Bound && a.Bound is "atLeast" or "atMost")
        {
            // Two "more than" figures are the same claim only when the bounds are close.
            var (x, y) = (Interval(a, !converted), Interval(b, !converted));
            var (u, v) = a.Bound == "atLeast" ? (x.Low, y.Low) : (x.High, y.High);
            return Close(u, v, converted ? BoundTolerance + ConvertedTolerance : BoundTolerance) || Overlap(Range(a), Range(b), 0);
        }

        if (converted)
            return Overlap(Interval(a), Interval(b), ConvertedTolerance);
        return Overlap(Interval(a, ownUnit: true), Interval(b, ownUnit: true), 0, RoundingSlack(a, b));
    }

    /// <summary>The spread of base-unit readings of the written number itself (a currency's rate band).</summary>
    private static (double Low, double High) Range(Claim claim)
    {
        var scale = Units.Of(claim.Unit);
        var value = claim.Value ?? 0;
        return scale.Low == scale.High ? (double.NaN, double.NaN) : (value * scale.Low, value * scale.High);
    }

    /// <summary>
    /// How far two figures in one unit may differ by rounding alone: half a step of the finer one
    /// ("340,000" is not "300,000"), or a small share when one is written round ("250" may be 249),
    /// but nothing between two precise figures ("48,212" is not "48,122").
    /// </summary>
    private static double RoundingSlack(Claim a, Claim b)
    {
        var (x, y) = (Math.Abs(a.Value ?? 0), Math.Abs(b.Value ?? 0));
        var (gx, gy) = (Step(x), Step(y));
        // A band ("24 miles" is 38.1..39.1 km) already holds its own rounding; its converted digits say nothing of the other's.
        var slack = (Band(a), Band(b)) switch
        {
            (true, false) => gy / 2,
            (false, true) => gx / 2,
            _ => Math.Min(gx, gy) / 2,
        };
        if (Math.Max(gx, gy) >= 10)
            slack = Math.Max(slack, ExactTolerance / 2 * Math.Max(x, y));
        return slack;
    }

    private static bool Band(Claim claim) => claim.Bound == "about" && claim.Low is { } low && claim.High is { } high && low < high;

    /// <summary>The place of a figure's last significant digit: 1 for 48,212, 10,000 for 340,000, 0.1 for 6.1.</summary>
    private static double Step(double value)
    {
        if (value == 0)
            return 1;
        var step = 1.0;
        if (Math.Abs(value - Math.Round(value)) > 1e-9)
        {
            while (step > 1e-6 && Math.Abs(value / step - Math.Round(value / step)) > 1e-6)
                step /= 10;
            return step;
        }

        while (Math.Abs(value / (step * 10) - Math.Round(value / (step * 10))) < 1e-9)
            step *= 10;
        return step;
    }

    private static bool Overlap((double Low, double High) a, (double Low, double High) b, double tolerance, double absolute = 0)
    {
        if (double.IsNaN(a.Low) || double.IsNaN(b.Low))
            return false;
        var slack = Math.Max(absolute, tolerance * Math.Max(Magnitude(a), Magnitude(b)));
        return a.Low <= b.High + slack && b.Low <= a.High + slack;
    }

    private static double Magnitude((double Low, double High) x) =>
        Math.Max(double.IsInfinity(x.Low) ? 0 : Math.Abs(x.Low), double.IsInfinity(x.High) ? 0 : Math.Abs(x.High));

    private static bool Close(double a, double b, double tolerance) =>
        Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>Dates agree when they name the same day at the precision both give; a weekday agrees with a date on that weekday.</summary>
    private static bool SameDay(Claim a, Claim b)
    {
        var (x, y) = (DateText(a), DateText(b));
        if (x is null || y is null)
            return a.Value == b.Value;
        if (Clock.TryParse(x, out var u) && Clock.TryParse(y, out var v))
            return Clock.Agree(u, v);
        if (IsWeekday(x) || IsWeekday(y))
            return string.Equals(Weekday(x), Weekday(y), StringComparison.OrdinalIgnoreCase) || Weekday(x) is null || Weekday(y) is null;
        // "March 13" of an unknown year (--03-13) says the month and day of 2025-03-13, not its year; "September" (--09) the month of 2025-09.
        if (x.StartsWith("--", StringComparison.Ordinal) != y.StartsWith("--", StringComparison.Ordinal) && Math.Max(x.Length, y.Length) >= 7)
            (x, y) = (YearDropped(x), YearDropped(y));
        var common = Math.Min(x.Length, y.Length);
        return string.Equals(x[..common], y[..common], StringComparison.OrdinalIgnoreCase);
    }

    private static string YearDropped(string date) => date.StartsWith("--", StringComparison.Ordinal) || date.Length < 7 || date[4] != '-' || !char.IsDigit(date[5]) ? date : "--" + date[5..];

    /// <summary>
    /// Whether two dates say anything about each other: a bare weekday ("by Tuesday") carries no month and a
    /// bare month ("In July") no day, so neither can confirm or contradict the other; they are different facts.
    /// </summary>
    public static bool DatesMeet(Claim a, Claim b)
    {
        var (x, y) = (DateText(a), DateText(b));
        if (x is null || y is null || Clock.TryParse(x, out _) || Clock.TryParse(y, out _))
            return true;
        return !(IsWeekday(x) && Weekday(y) is null) && !(IsWeekday(y) && Weekday(x) is null)
            && !(YearOnly(x) && y.StartsWith("--", StringComparison.Ordinal)) && !(YearOnly(y) && x.StartsWith("--", StringComparison.Ordinal));
    }

    /// <summary>"Last year" (2016) and "In July" of an unknown year (--07) share no component either.</summary>
    private static bool YearOnly(string text) => text.Length == 4 && text.All(char.IsDigit);

    private static string? DateText(Claim claim) => string.IsNullOrWhiteSpace(claim.Text) ? null : claim.Text.Trim();

    private static bool IsWeekday(string text) => Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out _) && !char.IsDigit(text[0]);

    private static string? Weekday(string text)
    {
        if (IsWeekday(text))
            return text;
        return DateTime.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.DayOfWeek.ToString()
            : null;
    }
}
