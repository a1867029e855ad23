using Placements.Domain;

namespace Placements.Api.Commands;

/// <summary>What a <c>CorrectRecord</c> request gives for the child's details; null means "leave as stored".</summary>
public sealed record ChildDetailsChanges(
    string? GivenName, string? FamilyName, DateOnly? DateOfBirth, string? Sex, string? Upn, string? NhsNumber, string? Ethnicity, string? HomePostcode,
    DateOnly? UascSince = null, DateOnly? UascCeasedOn = null, string? Mother = null, DateOnly? FirstChildBornOn = null, bool ClearMotherhood = false)
{
    /// <summary>What is stored after this correction: cleared, or given values over stored ones; MOTHER 0 leaves no MC_DOB (rule 612).</summary>
    public Motherhood MotherhoodOver(Motherhood stored) => ClearMotherhood
        ? Motherhood.NotRecorded
        : Motherhood.FromCodes(Mother ?? stored.MotherCode, FirstChildBornOn ?? (Mother == "0" ? null : stored.FirstChildBornOn));
}

/// <summary>The episode to correct (by the day it started; null for the open one) and the values given for it.</summary>
public sealed record EpisodeCorrectionFields(
    DateOnly? EpisodeStartsOn, DateOnly? CorrectedStartsOn, string? LegalStatus, string? CategoryOfNeed, string? ReasonForChange, PlacementChanges Placement)
{
    public bool Any => CorrectedStartsOn is not null || LegalStatus is not null || CategoryOfNeed is not null || ReasonForChange is not null || Placement.Any;

    public EpisodeChanges Over(Episode episode) => new(
        EpisodeStartsOn, CorrectedStartsOn, LegalStatus, CategoryOfNeed, Placement.Any ? Placement.Over(episode.Placement) : null, ReasonForChange);
}

public sealed record PlacementChanges(string? Type, string? Provider, string? ProviderUrn, string? Postcode, string? AuthorityCode)
{
    public bool Any => Type is not null || Provider is not null || ProviderUrn is not null || Postcode is not null || AuthorityCode is not null;

    public Placement Over(Placement current) => new(
        Type ?? current.Type, Provider ?? current.Provider, ProviderUrn ?? current.ProviderUrn, Postcode ?? current.Postcode, AuthorityCode ?? current.AuthorityCode);
}
