using Microsoft.Extensions.Configuration;

namespace CorporateParenting.ServiceDefaults;

public static class ConfigurationExtensions
{
    public static string GetRequiredConnectionString(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"Configuration missing connection string '{name}' (set ConnectionStrings__{name}).");
}
