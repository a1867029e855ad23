using CorporateParenting.Infrastructure;
using CorporateParenting.ServiceDefaults.Security;

namespace CorporateParenting.AppHost;

/// <summary>
/// <c>token --role &lt;role&gt; [--role …] [--authority &lt;ONS code&gt;] [--subject &lt;name&gt;]</c>: prints a development token
/// alone on standard output, for <c>Authorization: Bearer $(…)</c> with curl or grpcurl against the local platform.
/// </summary>
public static class TokenCommand
{
    public const string Name = "token";

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        var roles = new List<string>();
        string? authority = null;
        var subject = Environment.UserName;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--role" when value is not null:
                    roles.Add(value);
                    i++;
                    break;
                case "--authority" when value is not null:
                    authority = value;
                    i++;
                    break;
                case "--subject" when value is not null:
                    subject = value;
                    i++;
                    break;
                default:
                    return Usage(errors, $"unexpected '{args[i]}'");
            }
        }

        if (roles.Count == 0)
        {
            return Usage(errors, "at least one --role is required");
        }
        if (roles.FirstOrDefault(role => !Roles.All.Contains(role)) is { } unknown)
        {
            return Usage(errors, $"unknown role '{unknown}'");
        }
        if (roles.Contains(Roles.Partner) && authority is null)
        {
            return Usage(errors, "a partner token needs --authority <ONS code>, e.g. E10000007");
        }

        var key = DevelopmentSigningKey.LoadOrCreate(RepositoryRoot.Find());
        output.WriteLine(DevelopmentTokens.Create(key, subject, roles, authority));
        return 0;
    }

    private static int Usage(TextWriter errors, string problem)
    {
        errors.WriteLine($"token: {problem}.");
        errors.WriteLine($"usage: dotnet run --project CorporateParenting.AppHost -- token --role <role> [--role <role>] [--authority <ONS code>] [--subject <name>]");
        errors.WriteLine($"roles: {string.Join(", ", Roles.All)}");
        return 2;
    }
}
