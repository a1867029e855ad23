namespace CorporateParenting.Infrastructure;

/// <summary>
/// Credentials of the private servers this library starts. DEVELOPMENT AND TESTS ONLY: the servers listen on
/// 127.0.0.1 (or a container port on this machine) and keep their data in a git-ignored folder. Never use these
/// values for anything that is deployed.
/// </summary>
internal static class DevelopmentCredentials
{
    public const string PostgresUser = "postgres";
    public const string PostgresPassword = "postgres-dev-only";
    public const string RabbitMqUser = "guest";
    public const string RabbitMqPassword = "guest";

    public static Uri RabbitMqUri(string host, int port) =>
        new UriBuilder("amqp", host, port) { UserName = RabbitMqUser, Password = RabbitMqPassword }.Uri;
}
