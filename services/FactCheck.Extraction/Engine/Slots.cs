namespace FactCheck.Extraction.Engine;

/// <summary>
/// Canonical slot keys the extractor emits. Frame slots are fixed words; other counts fall back to the lemma of the
/// head noun ("house", "boat", "zone"), and compound keys join a noun and a facet with a dot ("delegation.size").
/// Claims of different slots never compare; within a slot, <c>Subject</c> (when set) narrows what is compared.
/// </summary>
public static class Slots
{
    // People counts, from the frame lexicon (killed/dead/death toll, injured/wounded, ...).
    public const string Deaths = "deaths";
    public const string Injured = "injured";
    public const string Displaced = "displaced";
    public const string Arrested = "arrested";
    public const string Missing = "missing";
    public const string Trapped = "trapped";
    public const string Rescued = "rescued";
    public const string Evacuated = "evacuated";
    public const string Affected = "affected";
    public const string Population = "population";

    /// <summary>Customers, users, accounts, subscribers: "1.2 million customers", "1.6 million users".</summary>
    public const string Customers = "customers";

    /// <summary>A train's carriages, coaches or wagons.</summary>
    public const string Carriages = "carriages";

    /// <summary>A vote's tally: "voting 118 to 74", "118 in favour and 74 against".</summary>
    public const string VotesFor = "votes.for";

    public const string VotesAgainst = "votes.against";

    /// <summary>People in a study or trial: "enrolled 6,840 patients", "randomised 8,640 adults".</summary>
    public const string Participants = "participants";

    /// <summary>People a company employs: "employs 2,300 people", "3,200 employees", "its 2,300 staff".</summary>
    public const string Employees = "employees";

    /// <summary>The crowd at an event: "41,212 fans", "a crowd of 42,112", "more than 41,000 supporters".</summary>
    public const string Attendance = "attendance";

    /// <summary>A place in a ranking: "second in the table", "third in the standings" ("rank.table").</summary>
    public const string Rank = "rank";

    // Measures: values are converted to the canonical unit (km, km2, kg, l, km/h, s).
    public const string Magnitude = "magnitude";
    public const string Depth = "depth";
    public const string Distance = "distance";
    public const string Height = "height";
    public const string Length = "length";
    public const string Area = "area";
    public const string Weight = "weight";
    public const string Volume = "volume";
    public const string Speed = "speed";

    /// <summary>How long something lasted, in seconds; "&lt;noun&gt;.duration" when the text names what ("talks.duration").</summary>
    public const string Duration = "duration";

    /// <summary>Time elapsed at a point ("44 seconds into the round", "the 2:15 mark"), in seconds.</summary>
    public const string Elapsed = "elapsed";

    /// <summary>How long a race or a task took, written as a clock ("won in 2:06:41", "1:52.37"), in seconds.</summary>
    public const string TimeTaken = "time.taken";

    /// <summary>Money in the currency written (ISO code in Unit); "money.&lt;noun&gt;" when the text says of what.</summary>
    public const string Money = "money";

    /// <summary>Percentages; "&lt;noun&gt;.percent" when the text says of what.</summary>
    public const string Percent = "percent";

    /// <summary>Age in years of the Subject.</summary>
    public const string Age = "age";

    /// <summary>Win-loss(-draw) record of the Subject, one claim per part; knockouts separately.</summary>
    public const string RecordWins = "record.wins";
    public const string RecordLosses = "record.losses";
    public const string RecordDraws = "record.draws";
    public const string Knockouts = "knockout";

    /// <summary>Ordinal slots are the ordered noun: "round", "defence", "time" (title defences counted as times).</summary>
    public const string Round = "round";
    public const string Defence = "defence";

    /// <summary>Dates: "date.&lt;event&gt;" ("date.quake", "date.end", "date.sinking"); clock times "time.&lt;event&gt;".</summary>
    public const string Date = "date";
    public const string Time = "time";

    /// <summary>Names: "name", or "name.&lt;role&gt;" when a title or role precedes it ("name.envoy").</summary>
    public const string Name = "name";

    /// <summary>Size of a group: "&lt;noun&gt;.size" from "20-strong delegation".</summary>
    public const string SizeSuffix = ".size";

    /// <summary>A part of a counted whole: "&lt;noun&gt;.part" from "five of the 24 trapped men".</summary>
    public const string PartSuffix = ".part";
}
