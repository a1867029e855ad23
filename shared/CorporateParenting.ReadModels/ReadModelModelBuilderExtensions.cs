using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.ReadModels;

public static class ReadModelModelBuilderExtensions
{
    /// <summary>Adds <c>read_model_rebuilds</c> to a service's own model, so it arrives through its migrations.</summary>
    public static ModelBuilder ApplyReadModelRebuilds(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ReadModelRebuildConfiguration());
}
