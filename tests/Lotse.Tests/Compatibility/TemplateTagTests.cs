using Lotse.Tests.Testing;

namespace Lotse.Tests.Compatibility;

/// <summary>Issue 20: the template tags Jekyll, GitBook and kramdown leave in Markdown become what those generators
/// make; tags Lotse cannot run are left out with a warning (LOT0445), never shown as text; code keeps them.</summary>
public sealed class TemplateTagTests
{
    [Fact]
    public async Task Jekyll_urls_links_and_includes_become_links_from_the_content_root_and_the_included_text()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            [Ablauf]({{ site.baseurl }}/teil/ablauf.md) und [Logo]({{ '/bilder/logo.png' | relative_url }})
            und [noch einmal]({% link teil/ablauf.md %}).

            {% include hinweis.md %}
            -- content/_includes/hinweis.md --
            Dieser Text steht in **jeder** Seite.
            -- content/teil/ablauf.md --
            # Ablauf
            -- content/bilder/logo.png --
            png
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "href=\"teil/ablauf/index.html\">Ablauf", "href=\"bilder/logo.png\">Logo", "href=\"teil/ablauf/index.html\">noch einmal",
            "Dieser Text steht in <strong>jeder</strong> Seite.");
        site.Read("index.html").ShouldNotContain("{%");
        site.Read("index.html").ShouldNotContain("{{");
    }

    [Fact]
    public async Task Raw_text_and_code_keep_their_tags_and_unknown_tags_and_loops_are_left_out_with_a_warning()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            {% raw %}Im Layout steht {{ page.title }}.{% endraw %}

            Im Text: `{% include kopf.html %}`

            ```liquid
            {% raw %}{% if page.title %}{{ page.title }}{% endif %}{% endraw %}
            ```

            {% if site.github %}
            Auf GitHub.
            {% endif %}

            {% for item in page.items %}
            * <a href="anhang/{{item}}">{{item}}</a>
            {% endfor %}

            Ende.
            """);
        site.Diagnostics.Count.ShouldBe(3);
        site.Diagnostics.ShouldContain(d => d.Contains("content/index.md(11,1): warning LOT0445: The template tag '{% if site.github %}'"));
        site.Diagnostics.ShouldContain(d => d.Contains("content/index.md(13,1): warning LOT0445: The template tag '{% endif %}'"));
        site.Diagnostics.ShouldContain(d => d.Contains("content/index.md(15,1): warning LOT0445: The loop '{% for item in page.items %}'"));
        site.AssertFile("index.html", "Im Layout steht {{ page.title }}.", "<code>{% include kopf.html %}</code>",
            "{% if page.title %}{{ page.title }}{% endif %}", "Auf GitHub.", "Ende.");
        site.Read("index.html").ShouldNotContain("anhang/");
        site.Read("index.html").ShouldNotContain("{% raw %}");
    }

    [Fact]
    public async Task GitBook_hints_embeds_tabs_and_content_refs_become_callouts_links_and_labelled_text()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            {% hint style="warning" %}
            Vorher **sichern**.
            {% endhint %}

            {% embed url="https://example.org/video" caption="Das Video" %}

            {% tabs %}
            {% tab title="Windows" %}
            Doppelklick.
            {% endtab %}
            {% tab title="Linux" %}
            Terminal.
            {% endtab %}
            {% endtabs %}

            {% content-ref url="teil.md" %}
            [teil.md](teil.md)
            {% endcontent-ref %}
            -- content/teil.md --
            # Teil
            """);
        site.ShouldSucceedWithoutDiagnostics();
        site.AssertFile("index.html", "callout-warnung", "Vorher <strong>sichern</strong>.", "href=\"https://example.org/video\">Das Video</a>",
            "<strong>Windows</strong>", "Doppelklick.", "<strong>Linux</strong>", "Terminal.", "href=\"teil/index.html\">teil.md</a>");
        site.Read("index.html").ShouldNotContain("{%");
    }

    [Fact]
    public async Task Kramdown_options_comments_and_the_toc_marker_are_left_out()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            * TOC
            {:toc}

            {::options parse_block_html="true" /}
            <div markdown="1">Drinnen.</div>
            {::options parse_block_html="false" /}

            {::comment}
            Nur für die Redaktion.
            {:/comment}

            ## Kapitel
            """);
        site.ShouldSucceedWithoutDiagnostics();
        var html = site.Read("index.html");
        html.ShouldNotContain("TOC");
        html.ShouldNotContain("{:");
        html.ShouldNotContain("Redaktion");
        html.ShouldContain("Drinnen.");
    }

    [Fact]
    public async Task A_missing_include_is_reported_at_its_line_and_column()
    {
        using var site = await TestSite.BuildAsync("""
            -- content/index.md --
            # Start

            Vorher {% include fehlt.html %}
            """);
        site.Diagnostics.ShouldHaveSingleItem().ShouldContain("content/index.md(3,8): error LOT0441: The include '{% include fehlt.html %}' names no file inside content/");
    }
}
