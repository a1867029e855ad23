namespace CorporateParenting.Testing;

public static class RepositoryFolders
{
    /// <summary>The folder holding CorporateParentingPlatform.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CorporateParentingPlatform.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("CorporateParentingPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
