using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placements.Api.Infrastructure;

/// <summary>A stored continuous spell of being looked after: its episodes, from the first one's DECOM to the last one's DEC.</summary>
public sealed class PeriodOfCareRow
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? ReasonCeased { get; set; }
    public List<EpisodeRow> Episodes { get; init; } = [];

    public EpisodeRow Current => Episodes.MaxBy(e => e.Sequence)!;
}

public sealed class PeriodOfCareRowConfiguration : IEntityTypeConfiguration<PeriodOfCareRow>
{
    public void Configure(EntityTypeBuilder<PeriodOfCareRow> builder)
    {
        builder.ToTable("periods_of_care");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.ChildId).HasColumnName("child_id");
        builder.Property(p => p.StartedOn).HasColumnName("started_on");
        builder.Property(p => p.EndedOn).HasColumnName("ended_on");
        builder.Property(p => p.ReasonCeased).HasColumnName("rec").HasMaxLength(3);
        builder.Ignore(p => p.Current);
        builder.HasMany(p => p.Episodes).WithOne().HasForeignKey(e => e.PeriodOfCareId);
        // EndedOn rides along so the keyset pages of children with a period in a window (StreamReturn, GetMeasures)
        // are index-only scans that stop after a page; without it PostgreSQL may hash the whole window for every page.
        builder.HasIndex(p => new { p.ChildId, p.StartedOn }).IsUnique().IncludeProperties(p => p.EndedOn);
    }
}
