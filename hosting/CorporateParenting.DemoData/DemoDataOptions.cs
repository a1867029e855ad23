using Microsoft.Extensions.Configuration;

namespace CorporateParenting.DemoData;

/// <param name="MarkerDirectory">Where the "already loaded" marker is kept: the AppHost's data folder, so a fresh start (folder deleted) loads again.</param>
/// <param name="SigningKey">The development signing key the AppHost gives every service.</param>
/// <param name="Children">How many synthetic children: Derby's 560 by default, a handful in the AppHost's tests.</param>
public sealed record DemoDataOptions(string MarkerDirectory, string SigningKey, int Children)
{
    public const int DerbySizedCohort = 560;

    public static DemoDataOptions From(IConfiguration configuration) => new(
        configuration["DemoData:MarkerDirectory"] ?? throw new InvalidOperationException("DemoData:MarkerDirectory is not set."),
        configuration["Authentication:DevelopmentSigningKey"] ?? throw new InvalidOperationException("Authentication:DevelopmentSigningKey is not set."),
        configuration.GetValue("DemoData:Children", DerbySizedCohort));
}
