namespace CorporateParenting.ReadModels;

/// <summary>The <c>ReadModels</c> configuration section.</summary>
public sealed class ReadModelOptions
{
    public const string Section = "ReadModels";

    /// <summary>Placements' gRPC endpoint; by default found by service discovery (<c>services__placements__grpc__0</c>).</summary>
    public string PlacementsAddress { get; set; } = "http://_grpc.placements";

    /// <summary>Build the read model from Placements once, the first time the service starts (recorded, so once only).</summary>
    public bool RebuildOnFirstStart { get; set; } = true;

    /// <summary>How often an instance looks for a rebuild requested on another instance.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first wait after a run breaks (Placements or the database away); it doubles up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
}
