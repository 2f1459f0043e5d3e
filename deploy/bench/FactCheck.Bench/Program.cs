using FactCheck.Bench;

// dotnet run -c Release --project deploy/bench/FactCheck.Bench [articles]   (servers from deploy/local/*-start.sh)
var articles = args.Length > 0 ? int.Parse(args[0]) : 1000;
await Throughput.RunAsync(articles, Console.Out);
