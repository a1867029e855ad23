using System.Globalization;
using System.Text.RegularExpressions;
using CorporateParenting.Infrastructure;
using CorporateParenting.ServiceDefaults.Security;

namespace CorporateParenting.AppHost;

/// <summary>
/// <c>token --role &lt;role&gt; [--role …] [--authority &lt;ONS code&gt;] [--urn &lt;school URN&gt;] [--subject &lt;name&gt;] [--lifetime &lt;duration&gt;]</c>:
/// prints a development token alone on standard output, for <c>Authorization: Bearer $(…)</c> with curl or grpcurl
/// against the local platform.
/// </summary>
public static partial class TokenCommand
{
    public const string Name = "token";

    /// <summary>The longest <c>--lifetime</c> accepted, and the lifetime without it: a working day.</summary>
    public static readonly TimeSpan MaximumLifetime = DevelopmentTokens.DefaultLifetime;

    /// <summary>The shortest <c>--lifetime</c> accepted (a token's expiry is in whole seconds).</summary>
    public static readonly TimeSpan MinimumLifetime = TimeSpan.FromSeconds(1);

    private const string UsageLine =
        "usage: dotnet run --project CorporateParenting.AppHost --no-launch-profile -- token --role <role> [--role <role>] [--authority <ONS code>] [--urn <school URN>] [--subject <name>] [--lifetime <duration>]";

    /// <summary>Signs with the clone's development key (made on first use), valid from now.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors) =>
        Run(args, output, errors, () => DevelopmentSigningKey.LoadOrCreate(RepositoryRoot.Find()), TimeProvider.System);

    /// <summary>
    /// The command with the key and the clock given: tests mint with the key their services trust, and with a clock
    /// set in the past for a token that has already expired.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors, Func<string> signingKey, TimeProvider clock)
    {
        var roles = new List<string>();
        string? authority = null;
        string? urn = null;
        var subject = Environment.UserName;
        TimeSpan? lifetime = null;
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
                case "--urn" when value is not null:
                    urn = value;
                    i++;
                    break;
                case "--subject" when value is not null:
                    subject = value;
                    i++;
                    break;
                case "--lifetime" when value is not null && lifetime is null:
                    if (ParseLifetime(value) is not { } parsed)
                    {
                        return Usage(errors,
                            $"--lifetime '{value}' is not a duration; give hh:mm:ss (00:05:00) or whole seconds, minutes or hours (90s, 5m, 2h)");
                    }
                    if (parsed < MinimumLifetime || parsed > MaximumLifetime)
                    {
                        return Usage(errors,
                            $"--lifetime must be from {MinimumLifetime:c} to {MaximumLifetime:c} (1 second to {MaximumLifetime.TotalHours:0} hours), not {value}");
                    }
                    lifetime = parsed;
                    i++;
                    break;
                case "--lifetime" when value is not null:
                    return Usage(errors, "--lifetime is given twice");
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

        if (roles.Contains(Roles.School) && urn is null)
        {
            return Usage(errors, "a school token needs --urn <school URN>, e.g. 112233");
        }

        output.WriteLine(DevelopmentTokens.Create(signingKey(), subject, roles, authority, lifetime ?? MaximumLifetime, clock, urn));
        return 0;
    }

    /// <summary>
    /// <c>hh:mm:ss</c> (<c>00:05:00</c>) or a whole number of seconds, minutes or hours (<c>90s</c>, <c>5m</c>, <c>2h</c>);
    /// null for anything else, fractions of a second included.
    /// </summary>
    public static TimeSpan? ParseLifetime(string value)
    {
        if (SuffixedDuration().Match(value) is { Success: true } match)
        {
            var amount = int.Parse(match.Groups["amount"].ValueSpan, CultureInfo.InvariantCulture);
            return match.Groups["unit"].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }
        if (ClockDuration().Match(value) is { Success: true } clock)
        {
            return new TimeSpan(int.Parse(clock.Groups["h"].ValueSpan, CultureInfo.InvariantCulture),
                int.Parse(clock.Groups["m"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(clock.Groups["s"].ValueSpan, CultureInfo.InvariantCulture));
        }
        return null;
    }

    [GeneratedRegex(@"^(?<amount>[0-9]{1,6})(?<unit>[smh])$")]
    private static partial Regex SuffixedDuration();

    [GeneratedRegex(@"^(?<h>[0-9]{2}):(?<m>[0-5][0-9]):(?<s>[0-5][0-9])$")]
    private static partial Regex ClockDuration();

    private static int Usage(TextWriter errors, string problem)
    {
        errors.WriteLine($"token: {problem}.");
        errors.WriteLine(UsageLine);
        errors.WriteLine($"roles: {string.Join(", ", Roles.All)}");
        errors.WriteLine($"--lifetime: how long the token is valid, from 1 second to {MaximumLifetime.TotalHours:0} hours (the default); "
            + "e.g. 00:05:00, 90s, 5m, 2h");
        return 2;
    }
}
