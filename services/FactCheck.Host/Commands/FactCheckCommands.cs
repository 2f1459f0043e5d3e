using System.CommandLine;

namespace FactCheck.Host.Commands;

/// <summary>The <c>factcheck</c> command line: one binary, many roles.</summary>
public static class FactCheckCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("FactCheck: checks news articles against each other and flags where outlets disagree.");
        root.Add(ServeCommand.Create());
        root.Add(CheckCommand.Create());
        root.Add(KeysCommand.Create());
        root.Add(MigrateCommand.Create());
        root.Add(ErrorsCommand.Create());
        root.Add(IngestCommand.Create());
        return root;
    }
}
