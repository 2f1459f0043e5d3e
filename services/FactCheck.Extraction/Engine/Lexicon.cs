namespace FactCheck.Extraction.Engine;

/// <summary>
/// A case-insensitive word table probed with spans. Words are bucketed by length and first letter, so the common miss
/// (a word in no table) costs one array read, and a hit a couple of span comparisons: no hashing, no allocation.
/// </summary>
internal sealed class WordTable<T>
{
    private const int MaxLength = 24;
    private readonly (string Word, T Value)[]?[] buckets = new (string, T)[]?[(MaxLength + 1) * 128];

    public WordTable(Dictionary<string, T> entries)
    {
        foreach (var group in entries.GroupBy(e => Bucket(e.Key)))
        {
            if (group.Key >= 0)
                buckets[group.Key] = [.. group.Select(e => (e.Key, e.Value))];
        }
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        var bucket = Bucket(word);
        if (bucket >= 0 && buckets[bucket] is { } candidates)
        {
            foreach (var (key, found) in candidates)
            {
                if (word.Equals(key, StringComparison.OrdinalIgnoreCase))
                {
                    value = found;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);

    public IEnumerable<string> Keys => buckets.Where(b => b is not null).SelectMany(b => b!.Select(e => e.Word));

    private static int Bucket(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
            return -1;
        var first = word[0];
        // Non-ASCII first letters ("元", "µg") share one bucket per length; the comparison sorts them out.
        var letter = first < 128 ? char.ToLowerInvariant(first) : 127;
        return word.Length * 128 + letter;
    }
}

internal static class WordTable
{
    public static WordTable<bool> Set(params string[] words) => new(words.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(w => w, _ => true));
}

/// <summary>The closed word classes the recognizer needs: number words, scales, units, currencies, bounds, months.</summary>
internal static class Lexicon
{
    public static readonly WordTable<int> Units = new(new()
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19,
    });

    public static readonly WordTable<int> Tens = new(new()
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    });

    public static readonly WordTable<int> Ordinals = new(new()
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["nineth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
    });

    /// <summary>Scale words as powers of ten, spelled out or abbreviated after a figure.</summary>
    public static readonly WordTable<int> Scales = new(new()
    {
        ["thousand"] = 3, ["million"] = 6, ["billion"] = 9, ["trillion"] = 12,
        ["thousands"] = 3, ["millions"] = 6, ["billions"] = 9, ["trillions"] = 12,
        ["bn"] = 9, ["bln"] = 9, ["mn"] = 6, ["mln"] = 6, ["mil"] = 6, ["tn"] = 12, ["tln"] = 12,
    });

    /// <summary>Scales written straight after digits ("10k", "1.2b", "75m" after a currency).</summary>
    public static readonly WordTable<int> AttachedScales = new(new()
    {
        ["k"] = 3, ["bn"] = 9, ["b"] = 9, ["mn"] = 6, ["mln"] = 6, ["mil"] = 6, ["bln"] = 9, ["tn"] = 12, ["tln"] = 12,
        ["mm"] = 6, ["thousand"] = 3, ["million"] = 6, ["billion"] = 9, ["trillion"] = 12,
    });

    public static readonly WordTable<int> Denominators = new(new()
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4,
        ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7,
        ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10,
    });

    /// <summary>Vague plurals: "dozens", "hundreds of" — a range, not a figure.</summary>
    public static readonly WordTable<(double Low, double High)> Vague = new(new()
    {
        ["dozens"] = (24, 99), ["scores"] = (40, 99), ["hundreds"] = (200, 999), ["thousands"] = (2_000, 9_999),
        ["millions"] = (2_000_000, 9_999_999), ["billions"] = (2e9, 9.999e9),
    });

    /// <summary>Bound words before a figure, longest first so "no more than" wins over "more than".</summary>
    public static readonly (string[] Words, string Bound)[] BoundsBefore = new (string Phrase, string Bound)[]
    {
        ("no more than", Bounds.AtMost), ("no fewer than", Bounds.AtLeast), ("no less than", Bounds.AtLeast),
        ("in excess of", Bounds.AtLeast), ("upwards of", Bounds.AtLeast), ("more than", Bounds.AtLeast), ("at least", Bounds.AtLeast),
        ("just over", Bounds.AtLeast), ("well over", Bounds.AtLeast), ("over", Bounds.AtLeast), ("above", Bounds.AtLeast),
        ("exceeding", Bounds.AtLeast), ("fewer than", Bounds.AtMost), ("less than", Bounds.AtMost), ("up to", Bounds.AtMost),
        ("as many as", Bounds.AtMost), ("at most", Bounds.AtMost), ("just under", Bounds.AtMost), ("under", Bounds.AtMost),
        ("below", Bounds.AtMost), ("close to", Bounds.About), ("an estimated", Bounds.About), ("estimated", Bounds.About),
        ("about", Bounds.About), ("around", Bounds.About), ("nearly", Bounds.About), ("almost", Bounds.About),
        ("roughly", Bounds.About), ("some", Bounds.About), ("approximately", Bounds.About), ("approx", Bounds.About),
        ("circa", Bounds.About), ("an approximate", Bounds.About), ("a reported", Bounds.Exact),
    }.Select(p => (p.Phrase.Split(' '), p.Bound)).OrderByDescending(p => p.Item1.Length).ToArray();

    /// <summary>The last words of the bound phrases: a figure after any other word needs no phrase matching.</summary>
    public static readonly WordTable<bool> BoundEnds = WordTable.Set([.. BoundsBefore.Select(b => b.Words[^1])]);

    public static readonly WordTable<int> Months = new(new()
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    });

    public static readonly WordTable<DayOfWeek> Weekdays = new(new()
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    });

    /// <summary>Currency symbols and words with their ISO code.</summary>
    public static readonly WordTable<string> CurrencySymbols = new(new()
    {
        ["$"] = "USD", ["US$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₩"] = "KRW",
        ["A$"] = "AUD", ["C$"] = "CAD", ["HK$"] = "HKD", ["NZ$"] = "NZD", ["S$"] = "SGD", ["R$"] = "BRL",
        ["USD"] = "USD", ["EUR"] = "EUR", ["GBP"] = "GBP", ["JPY"] = "JPY", ["CNY"] = "CNY", ["RMB"] = "CNY", ["INR"] = "INR",
        ["Rs"] = "INR", ["AUD"] = "AUD", ["CAD"] = "CAD", ["CHF"] = "CHF", ["RUB"] = "RUB", ["SEK"] = "SEK", ["NOK"] = "NOK",
        ["DKK"] = "DKK", ["HKD"] = "HKD", ["SGD"] = "SGD", ["ZAR"] = "ZAR", ["NGN"] = "NGN", ["KES"] = "KES", ["BRL"] = "BRL",
        ["MXN"] = "MXN", ["NZD"] = "NZD", ["TRY"] = "TRY", ["元"] = "CNY", ["₺"] = "TRY", ["₦"] = "NGN", ["₪"] = "ILS",
    });

    /// <summary>Letters before a dollar sign naming which dollar ("C$", "hk $", "US$", "Mex$").</summary>
    public static readonly WordTable<string> DollarPrefixes = new(new()
    {
        ["us"] = "USD", ["usd"] = "USD", ["c"] = "CAD", ["ca"] = "CAD", ["cad"] = "CAD", ["a"] = "AUD", ["au"] = "AUD", ["aud"] = "AUD",
        ["hk"] = "HKD", ["hkd"] = "HKD", ["nz"] = "NZD", ["nzd"] = "NZD", ["s"] = "SGD", ["sgd"] = "SGD", ["mex"] = "MXN", ["mxn"] = "MXN",
        ["r"] = "BRL", ["brl"] = "BRL", ["nt"] = "TWD", ["z"] = "ZWD",
    });

    /// <summary>Adjectives that say which currency a word means ("Australian dollars", "Swiss francs").</summary>
    public static readonly WordTable<string> CurrencyQualifiers = new(new()
    {
        ["us"] = "USD", ["american"] = "USD", ["canadian"] = "CAD", ["australian"] = "AUD", ["hong"] = "HKD", ["swiss"] = "CHF",
        ["turkish"] = "TRY", ["mexican"] = "MXN", ["dutch"] = "NLG", ["chinese"] = "CNY", ["japanese"] = "JPY", ["finnish"] = "FIM",
        ["indian"] = "INR", ["pakistani"] = "PKR", ["russian"] = "RUB", ["brazilian"] = "BRL", ["singapore"] = "SGD",
        ["taiwan"] = "TWD", ["new"] = "NZD", ["south"] = "ZAR", ["egyptian"] = "EGP", ["british"] = "GBP", ["saudi"] = "SAR",
        ["zimbabwe"] = "ZWD", ["jamaican"] = "JMD", ["philippine"] = "PHP", ["nigerian"] = "NGN", ["kenyan"] = "KES",
    });

    /// <summary>Single letters typed for a currency sign next to a figure ("e75m", "p74million").</summary>
    public static readonly WordTable<string> CurrencyTypos = new(new() { ["e"] = "EUR", ["p"] = "GBP" });

    public static readonly WordTable<string> CurrencyWords = new(new()
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["sterling"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rupee"] = "INR", ["rupees"] = "INR",
        ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB", ["franc"] = "CHF", ["francs"] = "CHF",
        ["peso"] = "MXN", ["pesos"] = "MXN", ["naira"] = "NGN", ["shilling"] = "KES", ["shillings"] = "KES", ["rand"] = "ZAR",
        ["won"] = "KRW", ["lira"] = "TRY", ["lire"] = "ITL", ["riyal"] = "SAR", ["riyals"] = "SAR", ["dirham"] = "AED",
        ["dirhams"] = "AED", ["krona"] = "SEK", ["kronor"] = "SEK", ["krone"] = "NOK", ["kroner"] = "NOK", ["real"] = "BRL",
        ["reais"] = "BRL", ["dinar"] = "DZD", ["dinars"] = "DZD", ["baht"] = "THB", ["ringgit"] = "MYR", ["rupiah"] = "IDR",
        ["markka"] = "FIM", ["markkaa"] = "FIM", ["peseta"] = "ESP", ["pesetas"] = "ESP", ["guilder"] = "NLG", ["guilders"] = "NLG",
        ["cent"] = "USc", ["cents"] = "USc",
        ["pence"] = "GBp", ["penny"] = "GBp", ["hryvnia"] = "UAH", ["zloty"] = "PLN", ["forint"] = "HUF", ["shekel"] = "ILS",
        ["shekels"] = "ILS", ["afghani"] = "AFN", ["afghanis"] = "AFN",
    });

    /// <summary>Measurement units: canonical unit, factor to it, and dimension.</summary>
    public static readonly WordTable<Unit> UnitWords = new(new()
    {
        ["km"] = new("km", 1, Dimension.Length), ["kms"] = new("km", 1, Dimension.Length),
        ["kilometre"] = new("km", 1, Dimension.Length), ["kilometres"] = new("km", 1, Dimension.Length),
        ["kilometer"] = new("km", 1, Dimension.Length), ["kilometers"] = new("km", 1, Dimension.Length),
        ["mile"] = new("km", 1.609344, Dimension.Length, "mi"), ["miles"] = new("km", 1.609344, Dimension.Length, "mi"),
        ["m"] = new("km", 0.001, Dimension.Length, "m"), ["metre"] = new("km", 0.001, Dimension.Length, "m"),
        ["metres"] = new("km", 0.001, Dimension.Length, "m"), ["meter"] = new("km", 0.001, Dimension.Length, "m"),
        ["meters"] = new("km", 0.001, Dimension.Length, "m"),
        ["cm"] = new("km", 1e-5, Dimension.Length, "cm"), ["centimetres"] = new("km", 1e-5, Dimension.Length, "cm"),
        ["centimeters"] = new("km", 1e-5, Dimension.Length, "cm"), ["mm"] = new("km", 1e-6, Dimension.Length, "mm"),
        ["millimetres"] = new("km", 1e-6, Dimension.Length, "mm"), ["millimeters"] = new("km", 1e-6, Dimension.Length, "mm"),
        ["dm"] = new("km", 1e-4, Dimension.Length, "dm"),
        ["ft"] = new("km", 0.0003048, Dimension.Length, "ft"), ["foot"] = new("km", 0.0003048, Dimension.Length, "ft"),
        ["feet"] = new("km", 0.0003048, Dimension.Length, "ft"), ["inch"] = new("km", 2.54e-5, Dimension.Length, "in"),
        ["inches"] = new("km", 2.54e-5, Dimension.Length, "in"), ["yard"] = new("km", 0.0009144, Dimension.Length, "yd"),
        ["yards"] = new("km", 0.0009144, Dimension.Length, "yd"),
        ["kg"] = new("kg", 1, Dimension.Weight), ["kgs"] = new("kg", 1, Dimension.Weight), ["kilogram"] = new("kg", 1, Dimension.Weight),
        ["kilograms"] = new("kg", 1, Dimension.Weight), ["kilo"] = new("kg", 1, Dimension.Weight), ["kilos"] = new("kg", 1, Dimension.Weight),
        ["g"] = new("kg", 0.001, Dimension.Weight, "g"), ["gram"] = new("kg", 0.001, Dimension.Weight, "g"),
        ["grams"] = new("kg", 0.001, Dimension.Weight, "g"), ["mg"] = new("kg", 1e-6, Dimension.Weight, "mg"),
        ["microgram"] = new("kg", 1e-9, Dimension.Weight, "µg"), ["micrograms"] = new("kg", 1e-9, Dimension.Weight, "µg"),
        ["µg"] = new("kg", 1e-9, Dimension.Weight, "µg"),
        ["lb"] = new("kg", 0.45359237, Dimension.Weight, "lb"), ["lbs"] = new("kg", 0.45359237, Dimension.Weight, "lb"),
        ["ounce"] = new("kg", 0.0283495, Dimension.Weight, "oz"), ["ounces"] = new("kg", 0.0283495, Dimension.Weight, "oz"),
        ["oz"] = new("kg", 0.0283495, Dimension.Weight, "oz"), ["t"] = new("kg", 1000, Dimension.Weight, "t"),
        ["microgramme"] = new("kg", 1e-9, Dimension.Weight, "µg"), ["microgrammes"] = new("kg", 1e-9, Dimension.Weight, "µg"),
        ["mcg"] = new("kg", 1e-9, Dimension.Weight, "µg"), ["gramme"] = new("kg", 0.001, Dimension.Weight, "g"),
        ["grammes"] = new("kg", 0.001, Dimension.Weight, "g"), ["pound"] = new("kg", 0.45359237, Dimension.Weight, "lb"),
        ["pounds"] = new("kg", 0.45359237, Dimension.Weight, "lb"),
        ["tonne"] = new("kg", 1000, Dimension.Weight, "t"), ["tonnes"] = new("kg", 1000, Dimension.Weight, "t"),
        ["ton"] = new("kg", 1000, Dimension.Weight, "t"), ["tons"] = new("kg", 1000, Dimension.Weight, "t"),
        ["hectare"] = new("km2", 0.01, Dimension.Area, "ha"), ["hectares"] = new("km2", 0.01, Dimension.Area, "ha"),
        ["acre"] = new("km2", 0.00404686, Dimension.Area, "acre"), ["acres"] = new("km2", 0.00404686, Dimension.Area, "acre"),
        ["km2"] = new("km2", 1, Dimension.Area), ["m2"] = new("km2", 1e-6, Dimension.Area, "m2"),
        ["litre"] = new("l", 1, Dimension.Volume), ["litres"] = new("l", 1, Dimension.Volume), ["liter"] = new("l", 1, Dimension.Volume),
        ["liters"] = new("l", 1, Dimension.Volume), ["l"] = new("l", 1, Dimension.Volume), ["ml"] = new("l", 0.001, Dimension.Volume, "ml"),
        ["millilitres"] = new("l", 0.001, Dimension.Volume, "ml"), ["milliliters"] = new("l", 0.001, Dimension.Volume, "ml"),
        ["gallon"] = new("l", 3.78541, Dimension.Volume, "gal"), ["gallons"] = new("l", 3.78541, Dimension.Volume, "gal"),
        ["barrel"] = new("l", 158.987, Dimension.Volume, "bbl"), ["barrels"] = new("l", 158.987, Dimension.Volume, "bbl"),
        ["mph"] = new("km/h", 1.609344, Dimension.Speed, "mph"), ["kph"] = new("km/h", 1, Dimension.Speed),
        ["kmph"] = new("km/h", 1, Dimension.Speed), ["knots"] = new("km/h", 1.852, Dimension.Speed, "kn"),
        ["knot"] = new("km/h", 1.852, Dimension.Speed, "kn"),
        ["second"] = new("s", 1, Dimension.Time), ["seconds"] = new("s", 1, Dimension.Time), ["secs"] = new("s", 1, Dimension.Time),
        ["minute"] = new("s", 60, Dimension.Time, "min"), ["minutes"] = new("s", 60, Dimension.Time, "min"),
        ["mins"] = new("s", 60, Dimension.Time, "min"), ["min"] = new("s", 60, Dimension.Time, "min"), ["sec"] = new("s", 1, Dimension.Time),
        ["h"] = new("s", 3600, Dimension.Time, "h"),
        ["hour"] = new("s", 3600, Dimension.Time, "h"), ["hours"] = new("s", 3600, Dimension.Time, "h"),
        ["hrs"] = new("s", 3600, Dimension.Time, "h"), ["day"] = new("s", 86400, Dimension.Time, "d"),
        ["days"] = new("s", 86400, Dimension.Time, "d"), ["week"] = new("s", 604800, Dimension.Time, "wk"),
        ["weeks"] = new("s", 604800, Dimension.Time, "wk"), ["month"] = new("s", 2629800, Dimension.Time, "mo"),
        ["months"] = new("s", 2629800, Dimension.Time, "mo"), ["year"] = new("s", 31557600, Dimension.Time, "yr"),
        ["years"] = new("s", 31557600, Dimension.Time, "yr"), ["decade"] = new("s", 315576000, Dimension.Time, "decade"),
        ["decades"] = new("s", 315576000, Dimension.Time, "decade"),
    });

    /// <summary>Single-letter or ambiguous unit words accepted only straight after digits ("10m", "5g").</summary>
    public static readonly WordTable<bool> AttachedOnlyUnits = WordTable.Set("m", "g", "l", "in", "mm", "cm", "t", "h");

    public static readonly WordTable<bool> PeopleNouns = WordTable.Set(
        "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "children", "child", "residents", "troops",
        "fighters", "militants", "others", "men", "man", "women", "woman", "boys", "boy", "girls", "girl", "pirates", "passengers",
        "crew", "villagers", "workers", "students", "migrants", "protesters", "demonstrators", "policemen", "officers",
        "victims", "tourists", "rebels", "insurgents", "refugees", "individuals", "adults", "babies", "infants", "miners",
        "members", "sailors", "seamen", "fishermen", "raiders", "brigands", "bandits", "suspects", "hostages", "prisoners",
        "inmates", "patients", "staff", "employees", "journalists", "guards", "police", "personnel", "pilgrims", "worshippers");

    public static readonly WordTable<bool> NationalityEnd = WordTable.Set("is", "ans", "ese", "ians", "ish", "ch");

    /// <summary>Words that end a noun phrase after a figure.</summary>
    public static readonly WordTable<bool> Stops = WordTable.Set(
        "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "are", "was", "were",
        "have", "has", "had", "be", "been", "that", "which", "who", "whom", "whose", "it", "its", "their", "his", "her", "they",
        "he", "she", "we", "i", "you", "them", "us", "him", "me", "this", "these", "those", "than", "into", "onto", "off", "out", "up", "down", "over",
        "after", "before", "during", "while", "since", "until", "when", "where", "but", "not", "no", "will", "would", "could",
        "should", "may", "might", "can", "did", "do", "does", "said", "says", "told", "per", "each", "every", "across", "near",
        "between", "among", "against", "through", "about", "around", "away", "ago", "later", "earlier", "more", "less",
        "including", "included", "here", "there", "then", "so", "if", "because", "had", "also", "all", "both", "under", "via",
        "beneath", "below", "above", "behind", "inside", "outside", "within", "without", "along", "toward", "towards", "being",
        "reported", "reportedly", "apiece", "alone", "today", "yesterday", "tomorrow", "last", "next", "ago");

    /// <summary>Modifiers skipped between a figure and the noun it counts.</summary>
    public static readonly WordTable<bool> Modifiers = WordTable.Set(
        "other", "more", "additional", "further", "new", "old", "small", "large", "big", "smaller", "larger", "bigger", "major",
        "minor", "separate", "different", "consecutive", "straight", "successive", "successful", "unsuccessful", "armed",
        "unarmed", "automatic", "innocent", "foreign", "local", "suspected", "alleged", "confirmed", "known", "unknown",
        "injured", "wounded", "dead", "missing", "remaining", "total", "young", "elderly", "senior", "junior", "top", "key",
        "main", "heavy", "light", "left", "right", "full", "partial", "entire", "whole", "former", "current", "further",
        "previous", "recent", "various", "several", "many", "few", "such", "key", "more", "last", "first", "next", "extra");
}

internal enum Dimension
{
    Length,
    Weight,
    Area,
    Volume,
    Speed,
    Time,
}

/// <summary>A unit: the canonical unit values are converted to, the factor to get there, and how the text names it.</summary>
internal sealed record Unit(string Canonical, double Factor, Dimension Dimension, string? Written = null)
{
    public string Name => Written ?? Canonical;
}
