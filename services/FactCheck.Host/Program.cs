using FactCheck.Host.Commands;

return await FactCheckCommands.Create().Parse(args).InvokeAsync();
