"""The browsable site made from a published data package (`zhibiao site`): static files that open from
file:// with no server and no network. Modules: package (read the package back), content (what each
page shows, by SQL over the package), pages (HTML), static/ (site.js, site.css and the vendored uPlot,
MIT licence, in static/uPlot.LICENSE.txt; see static/VENDORED.md). The stage that builds it is
zhibiao.stages.site."""
