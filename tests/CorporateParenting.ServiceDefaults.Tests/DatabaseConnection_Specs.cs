using CorporateParenting.ServiceDefaults.Data;
using Npgsql;

namespace CorporateParenting.ServiceDefaults.Tests;

public sealed class DatabaseConnection_Specs
{
    [Fact]
    public void Statements_are_prepared_automatically_when_the_connection_string_is_silent()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            DatabaseExtensions.WithAutoPrepare("Host=localhost;Port=5432;Database=placements;Username=postgres;Password=local"));

        Assert.Equal(DatabaseExtensions.AutoPreparedStatements, settings.MaxAutoPrepare);
        Assert.Equal("placements", settings.Database);
        Assert.Equal("local", settings.Password);
    }

    [Fact]
    public void A_connection_string_that_sets_its_own_limit_keeps_it()
    {
        var settings = new NpgsqlConnectionStringBuilder(
            DatabaseExtensions.WithAutoPrepare("Host=localhost;Database=placements;Max Auto Prepare=10"));

        Assert.Equal(10, settings.MaxAutoPrepare);
    }
}
