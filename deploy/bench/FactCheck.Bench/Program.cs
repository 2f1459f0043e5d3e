using FactCheck.Bench;

// dotnet run -c Release --project deploy/bench/FactCheck.Bench [articles] [all|distributed|embedded|broker|stages]
// (servers from deploy/local/*-start.sh)
var articles = 1000;
if (args.Length > 0 && (!int.TryParse(args[0], out articles) || articles is < 5 or > Throughput.MaxArticles))
{
    await Console.Error.WriteLineAsync($"articles must be a number from 5 to {Throughput.MaxArticles} (got '{args[0]}')");
    return 2;
}

var only = args.Length > 1 ? args[1] : "all";
if (only is not ("all" or "distributed" or "embedded" or "broker" or "stages"))
{
    await Console.Error.WriteLineAsync($"unknown run '{only}': use all, distributed, embedded, broker or stages");
    return 2;
}

await Throughput.RunAsync(articles, only, Console.Out);
return 0;
