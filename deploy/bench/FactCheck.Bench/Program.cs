using FactCheck.Bench;

// dotnet run -c Release --project deploy/bench/FactCheck.Bench [articles] [all|distributed|embedded|broker]
// (servers from deploy/local/*-start.sh)
var articles = args.Length > 0 ? int.Parse(args[0]) : 1000;
var only = args.Length > 1 ? args[1] : "all";
if (only is not ("all" or "distributed" or "embedded" or "broker"))
{
    await Console.Error.WriteLineAsync($"unknown run '{only}': use all, distributed, embedded or broker");
    return 2;
}

if (articles is < 5 or > 11_000)
{
    // Synthetic story names repeat after 4096 stories, and stories 3500 onwards are the warm-up's.
    await Console.Error.WriteLineAsync($"articles must be between 5 and 11000 (got {articles})");
    return 2;
}

await Throughput.RunAsync(articles, only, Console.Out);
return 0;
