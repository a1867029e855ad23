using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>A school or other education provision, named by its URN (Get Information about Schools) (docs/virtual-school.md §8).</summary>
public sealed class SchoolRow
{
    public required string Urn { get; init; }
    public required string Name { get; set; }

    /// <summary>One of <c>SchoolCodes.Phases</c>.</summary>
    public required string Phase { get; set; }

    /// <summary>One of <c>SchoolCodes.ProvisionTypes</c>.</summary>
    public required string ProvisionType { get; set; }

    /// <summary>ONS code of the local authority the provision is in.</summary>
    public required string LocalAuthorityCode { get; set; }

    public DateTimeOffset RecordedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class SchoolRowConfiguration : IEntityTypeConfiguration<SchoolRow>
{
    public void Configure(EntityTypeBuilder<SchoolRow> builder)
    {
        builder.ToTable("schools");
        builder.HasKey(s => s.Urn);
        builder.Property(s => s.Urn).HasColumnName("urn").HasMaxLength(8);
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(s => s.Phase).HasColumnName("phase").HasMaxLength(20);
        builder.Property(s => s.ProvisionType).HasColumnName("provision_type").HasMaxLength(30);
        builder.Property(s => s.LocalAuthorityCode).HasColumnName("local_authority_code").HasMaxLength(9);
        builder.Property(s => s.RecordedAt).HasColumnName("recorded_at");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
    }
}
