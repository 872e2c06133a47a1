namespace Kennisbank.Site.Writing;

/// <summary>What a written page can tell `kb serve`'s preview about itself.</summary>
public static class PreviewHints
{
    /// <summary>In a page's head: the preview must not reload this page after a rebuild. For an application with state
    /// of its own, the CMS's editor: reloading it loses what the editor typed, and with decap-server's local backend,
    /// which checks out the entry's branch in the working tree to read an unpublished entry (so the input changes and
    /// the site is rebuilt), every load of the editor caused another reload, over and over (found by the CMS
    /// end-to-end test's intermittent failures, 2026-12-04).</summary>
    public const string NoLiveReload = """<meta name="kb-preview" content="no-reload">""";
}
