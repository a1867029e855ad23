using CorporateParenting.Infrastructure;
using System.Runtime.InteropServices;
using CorporateParenting.AppHost;
using CorporateParenting.AppHost.Orchestration;
using Microsoft.Extensions.Configuration;

if (args.FirstOrDefault() == TokenCommand.Name)
{
    return TokenCommand.Run(args, Console.Out, Console.Error);
}

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
var platform = Platform.Declare(configuration);
var log = new ResourceLog(platform.Resources.Select(r => r.Name).Append("infrastructure"));

using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopping.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stopping.Cancel();
});

return await new Orchestrator(platform, RepositoryRoot.Find(), log).RunAsync(stopping.Token);
