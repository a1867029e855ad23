using CorporateParenting.CodeLists;

namespace Placements.Domain;

/// <summary>Checks on a placement on its own, before it joins a child's history.</summary>
internal static class PlacementRules
{
    /// <summary>Ofsted URNs are required for placements from this day on (rule 218: DEC after 31 March 2015).</summary>
    public static readonly DateOnly UrnsRequiredFrom = new(2015, 4, 1);

    public static Placement Checked(Placement placement, DateOnly startsOn, string ourAuthorityCode)
    {
        placement = placement with { ProviderUrn = placement.ProviderUrn?.ToUpperInvariant() };
        if (!Ssda903Codes.PlacementType.Contains(placement.Type))
        {
            throw new CareRuleViolation($"Placement type '{placement.Type}' is not an SSDA903 PLACE code for 2025-26.");
        }

        if (!OnsAuthorityCode.IsValid(placement.AuthorityCode))
        {
            throw new CareRuleViolation($"Placement authority '{placement.AuthorityCode}' is not an ONS authority code such as E06000015.");
        }

        if (placement.Postcode is not null && !UkPostcode.IsValid(placement.Postcode))
        {
            throw new CareRuleViolation($"Placement postcode '{placement.Postcode}' is not a UK postcode.");
        }

        CheckProvider(placement, ourAuthorityCode);
        CheckUrn(placement, startsOn);

        return placement with { Postcode = placement.Postcode is null ? null : UkPostcode.Normalise(placement.Postcode) };
    }

    private static void CheckProvider(Placement placement, string ourAuthorityCode)
    {
        var type = placement.Type;
        var provider = placement.Provider;

        if (PlacementTypeGroups.WithoutProvider.Contains(type))
        {
            if (provider is not null)
            {
                throw new CareRuleViolation($"Placement type {type} has no provider; leave the provider blank (rules 178 and 213).");
            }

            return;
        }

        if (provider is null || !PlacementProvider.All.Contains(provider))
        {
            throw new CareRuleViolation($"Placement type {type} needs a provider code PR0–PR5; '{provider}' was given.");
        }

        if (provider == PlacementProvider.ParentWithResponsibility && type != PlacementTypeGroups.WithOwnParents)
        {
            throw new CareRuleViolation($"Provider PR0 (parent) is only possible with placement type P1, not {type} (rule 550).");
        }

        if (provider is PlacementProvider.OwnAuthority or PlacementProvider.OtherAuthority
            && PlacementTypeGroups.NotProvidedByAnAuthority.Contains(type))
        {
            throw new CareRuleViolation($"Provider {provider} is not possible with placement type {type} (rules 527 and 528).");
        }

        if (provider == PlacementProvider.OwnAuthority && placement.AuthorityCode != ourAuthorityCode)
        {
            throw new CareRuleViolation(
                $"Provider PR1 (our own provision) must be inside our area {ourAuthorityCode}, but the placement is in {placement.AuthorityCode} (rule 1015).");
        }
    }

    private static void CheckUrn(Placement placement, DateOnly startsOn)
    {
        var type = placement.Type;
        var urn = placement.ProviderUrn;
        if (PlacementTypeGroups.WithoutUrn.Contains(type))
        {
            if (urn is not null && urn != OfstedUrn.NotRegistered)
            {
                throw new CareRuleViolation($"Placement type {type} is not registered with Ofsted; leave the URN blank (rule 222).");
            }

            return;
        }

        if (urn is null)
        {
            if (startsOn >= UrnsRequiredFrom && OnsAuthorityCode.IsInEngland(placement.AuthorityCode))
            {
                throw new CareRuleViolation(
                    $"Placement type {type} in England needs the provider's Ofsted URN, or {OfstedUrn.NotRegistered} if the setting is not registered (rule 218).");
            }

            return;
        }

        if (!OfstedUrn.IsValid(urn))
        {
            throw new CareRuleViolation(
                $"URN '{urn}' is not an Ofsted unique reference number (SC followed by 6 digits, or 6 to 8 digits), nor {OfstedUrn.NotRegistered}.");
        }
    }
}
