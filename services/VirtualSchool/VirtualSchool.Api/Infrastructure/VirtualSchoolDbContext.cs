using CorporateParenting.ReadModels;
using CorporateParenting.ServiceStore;
using Microsoft.EntityFrameworkCore;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>The service's own database: pupils, schools, enrolments, attendance and PEPs, with the outbox, inbox and audit trail every service has.</summary>
public sealed class VirtualSchoolDbContext(DbContextOptions<VirtualSchoolDbContext> options) : DbContext(options)
{
    public DbSet<PupilRow> Pupils => Set<PupilRow>();
    public DbSet<SchoolRow> Schools => Set<SchoolRow>();
    public DbSet<EnrolmentRow> Enrolments => Set<EnrolmentRow>();
    public DbSet<EnrolmentCorrectionRow> EnrolmentCorrections => Set<EnrolmentCorrectionRow>();
    public DbSet<PepRow> Peps => Set<PepRow>();
    public DbSet<PepHistoryRow> PepHistory => Set<PepHistoryRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VirtualSchoolDbContext).Assembly);
        modelBuilder.ApplyServiceStore();
        modelBuilder.ApplyReadModelRebuilds();
    }
}
