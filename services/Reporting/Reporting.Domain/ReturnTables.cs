namespace Reporting.Domain;

/// <summary>The return's tables by the names the DfE's validator gives them.</summary>
public static class ReturnTables
{
    public const string Header = "Header";
    public const string Episodes = "Episodes";
    public const string Uasc = "UASC";
    public const string SocialWorkerEpisodes = "SWEpisodes";
    public const string Missing = "Missing";
    public const string Oc2 = "OC2";
    public const string Oc3 = "OC3";
    public const string Reviews = "Reviews";
    public const string Ad1 = "AD1";
    public const string PlacedAdoption = "PlacedAdoption";
    public const string PrevPerm = "PrevPerm";
}
