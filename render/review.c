/* review: OUT/index.html; see review.h. */
#include "review.h"
#include "output.h"

#include <string.h>

static const char style[] =
	"body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:1400px;"
	"padding:0 1em;color:#1a1a1a}\n"
	"h1{font-size:1.5em}h2{display:inline;font-size:1.15em;margin:0}\n"
	"section{border-top:1px solid #ccc;padding:.6em 0}\n"
	"summary{cursor:pointer}\n"
	".state{display:inline-block;margin-left:.6em;padding:0 .5em;border-radius:.3em;"
	"font-size:.85em;background:#eee}\n"
	".changed .state{background:#e6007e;color:#fff}.new .state{background:#0072b2;"
	"color:#fff}.failed .state{background:#b00;color:#fff}\n"
	".source{color:#555;font-size:.9em}\n"
	".pictures{display:flex;gap:1em;align-items:flex-start;flex-wrap:wrap}\n"
	".pictures figure{margin:0;flex:0 1 32%;min-width:280px}\n"
	".pictures img{width:100%;height:auto;border:1px solid #ddd;background:#fff}\n"
	".pictures .diff img{border-color:#e6007e}\n"
	"figcaption{font-size:.85em;color:#555}\n"
	".alt{white-space:pre-wrap;background:#f6f6f6;padding:.5em;font-size:.9em}\n"
	".error{color:#b00;white-space:pre-wrap}\n";

static const char *state_word(ReviewState s)
{
	static const char *const words[] = {"", "unchanged", "changed", "new", "failed"};
	return words[s];
}

/* path relative to the folder from (both as the batch was given them). */
static char *relative(const char *from, const char *path)
{
	char *a = g_canonicalize_filename(from, NULL), *b = g_canonicalize_filename(path, NULL);
	char **pa = g_strsplit(a, "/", -1), **pb = g_strsplit(b, "/", -1);
	int i = 0;
	while (pa[i] && pb[i] && !strcmp(pa[i], pb[i]))
		i++;
	GString *rel = g_string_new(NULL);
	for (int k = i; pa[k]; k++)
		if (*pa[k])
			g_string_append(rel, "../");
	for (int k = i; pb[k]; k++)
		g_string_append_printf(rel, "%s%s", pb[k], pb[k + 1] ? "/" : "");
	g_strfreev(pa);
	g_strfreev(pb);
	g_free(a);
	g_free(b);
	return g_string_free(rel, FALSE);
}

/* Appends text, escaped for HTML. */
static void text(GString *html, const char *t)
{
	char *esc = g_markup_escape_text(t, -1);
	g_string_append(html, esc);
	g_free(esc);
}

/* Appends a URL (a relative path), escaped for a URL and then for HTML. */
static void url(GString *html, const char *path)
{
	char *u = g_uri_escape_string(path, "/", TRUE);
	text(html, u);
	g_free(u);
}

static void anchor(GString *html, const char *href, const char *label)
{
	g_string_append(html, "<a href=\"");
	url(html, href);
	g_string_append(html, "\">");
	text(html, label);
	g_string_append(html, "</a>");
}

static void picture(GString *html, const char *cls, const char *src, const char *alt,
                    const char *caption)
{
	g_string_append_printf(html, "<figure class=\"%s\"><img class=\"%s\" src=\"", cls, cls);
	url(html, src);
	g_string_append(html, "\" alt=\"");
	text(html, alt ? alt : "");
	g_string_append(html, "\"><figcaption>");
	text(html, caption);
	g_string_append(html, "</figcaption></figure>\n");
}

/* The figure's picture in the output folder: its PNG, else its SVG. */
static const char *shown_file(const ReviewFigure *f)
{
	const char *svg = NULL;
	for (int i = 0; f->files[i]; i++) {
		if (g_str_has_suffix(f->files[i], ".png"))
			return f->files[i];
		if (g_str_has_suffix(f->files[i], ".svg"))
			svg = f->files[i];
	}
	return svg;
}

static void source_line(GString *html, const char *out, const ReviewFigure *f)
{
	g_string_append(html, "<p class=\"source\">");
	text(html, f->kind);
	g_string_append(html, " from ");
	char *rel = relative(out, f->csv);
	anchor(html, rel, f->csv);
	g_free(rel);
	if (f->args) {
		g_string_append(html, " with ");
		rel = relative(out, f->args);
		anchor(html, rel, f->args);
		g_free(rel);
	}
	g_string_append(html, "; files:");
	for (int i = 0; f->files[i]; i++) {
		g_string_append_c(html, ' ');
		anchor(html, f->files[i], f->files[i]);
	}
	g_string_append(html, "</p>\n");
}

static void pictures(GString *html, const ReviewPage *page, const ReviewFigure *f)
{
	const char *shown = shown_file(f);
	g_string_append(html, "<div class=\"pictures\">\n");
	if (f->old_picture) {
		char *src = g_build_filename(REVIEW_DIR, f->old_picture, NULL);
		char *cap = g_strdup_printf("before: %s", page->old_label);
		picture(html, "old", src, f->alt, cap);
		g_free(cap);
		g_free(src);
	}
	if (shown)
		picture(html, "new", shown, f->alt, f->old_picture ? "now" : shown);
	else
		g_string_append(html, "<p>PDF only: open the file to see it.</p>\n");
	if (f->has_old_png) {
		char *name = g_strdup_printf("%s.diff.png", f->name);
		char *src = g_build_filename(REVIEW_DIR, name, NULL);
		char *cap = g_strdup_printf("difference: %s", f->note && *f->note ? f->note
		                                                 : "the pixels that differ");
		picture(html, "diff", src, "the pixels that differ, in magenta", cap);
		g_free(cap);
		g_free(src);
		g_free(name);
	}
	g_string_append(html, "</div>\n");
}

static void figure_section(GString *html, const char *out, const ReviewPage *page,
                           const ReviewFigure *f)
{
	gboolean open = f->state != REVIEW_UNCHANGED;
	g_string_append_printf(html, "<section class=\"figure %s\" id=\"fig-",
	                       state_word(f->state));
	text(html, f->name);
	g_string_append_printf(html, "\" data-state=\"%s\">\n<details%s><summary><h2>",
	                       *state_word(f->state) ? state_word(f->state) : "plain",
	                       open ? " open" : "");
	text(html, f->name);
	g_string_append(html, "</h2>");
	if (f->state != REVIEW_PLAIN)
		g_string_append_printf(html, "<span class=\"state\">%s</span>",
		                       state_word(f->state));
	g_string_append(html, "</summary>\n");
	source_line(html, out, f);
	if (f->error) {
		g_string_append(html, "<p class=\"error\">");
		text(html, f->error);
		g_string_append(html, "</p>\n");
	} else {
		pictures(html, page, f);
		g_string_append(html, "<p class=\"alt\">");
		text(html, f->alt ? f->alt : "");
		g_string_append(html, "</p>\n");
	}
	g_string_append(html, "</details>\n</section>\n");
}

static void summary(GString *html, const ReviewPage *page)
{
	int count[5] = {0};
	for (int i = 0; i < page->n; i++)
		count[page->figs[i].state]++;
	int removed = 0;
	for (int i = 0; page->removed && page->removed[i]; i++)
		removed += !i || strncmp(page->removed[i], page->removed[i - 1],
		                         (gsize)(strrchr(page->removed[i], '.') -
		                                 page->removed[i]) + 1) != 0;
	g_string_append_printf(html, "<p class=\"summary\">%d figure%s", page->n,
	                       page->n == 1 ? "" : "s");
	if (page->old_label) {
		g_string_append(html, ", compared with ");
		text(html, page->old_label);
		g_string_append_printf(html, ": %d changed, %d new, %d removed, %d unchanged",
		                       count[REVIEW_CHANGED], count[REVIEW_NEW], removed,
		                       count[REVIEW_UNCHANGED]);
	}
	if (count[REVIEW_FAILED])
		g_string_append_printf(html, "; %d could not be drawn", count[REVIEW_FAILED]);
	g_string_append(html, ".</p>\n");
}

/* The removed files of one figure (files[0 .. n), all "STEM.ext"): one
 * section, showing its old PNG, else its old SVG. */
static void removed_figure(GString *html, const ReviewPage *page, char *const *files, int n,
                           gsize stem)
{
	g_string_append(html, "<section class=\"figure removed\" data-state=\"removed\">\n"
	                "<details open><summary><h2>");
	g_string_append_len(html, files[0], (gssize)stem);
	g_string_append(html, "</h2><span class=\"state\">removed</span></summary>\n"
	                "<p class=\"source\">no CSV makes it now; it was");
	const char *shown = NULL;
	for (int i = 0; i < n; i++) {
		g_string_append_c(html, ' ');
		text(html, files[i]);
		if (g_str_has_suffix(files[i], ".png") ||
		    (!shown && g_str_has_suffix(files[i], ".svg")))
			shown = files[i];
	}
	g_string_append(html, "</p>\n<div class=\"pictures\">\n");
	if (shown) {
		char *src = g_build_filename(REVIEW_DIR, shown, NULL);
		char *cap = g_strdup_printf("before: %s", page->old_label);
		picture(html, "old", src, "the figure as it was", cap);
		g_free(cap);
		g_free(src);
	}
	g_string_append(html, "</div>\n</details>\n</section>\n");
}

/* Removed figures, their files (sorted) grouped by name. */
static void removed_sections(GString *html, const ReviewPage *page)
{
	char *const *r = page->removed;
	for (int i = 0; r && r[i];) {
		gsize stem = (gsize)(strrchr(r[i], '.') - r[i]);
		int n = 1;
		while (r[i + n] && strlen(r[i + n]) > stem && !strncmp(r[i + n], r[i], stem) &&
		       r[i + n][stem] == '.' && !strchr(r[i + n] + stem + 1, '.'))
			n++;
		removed_figure(html, page, r + i, n, stem);
		i += n;
	}
}

gboolean review_write(const char *out, const ReviewPage *page, GError **err)
{
	GString *html = g_string_new("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	                             "<meta charset=\"utf-8\">\n<title>Figures of ");
	text(html, page->data);
	g_string_append_printf(html, "</title>\n<style>\n%s</style>\n</head>\n<body>\n"
	                       "<h1>Figures of ", style);
	text(html, page->data);
	g_string_append(html, "</h1>\n");
	summary(html, page);
	/* Changes first: what a reviewer came for. */
	static const ReviewState order[] = {REVIEW_FAILED, REVIEW_CHANGED, REVIEW_NEW,
	                                    REVIEW_PLAIN, REVIEW_UNCHANGED};
	for (size_t k = 0; k < G_N_ELEMENTS(order); k++) {
		if (order[k] == REVIEW_PLAIN)
			removed_sections(html, page);
		for (int i = 0; i < page->n; i++)
			if (page->figs[i].state == order[k])
				figure_section(html, out, page, &page->figs[i]);
	}
	g_string_append(html, "</body>\n</html>\n");
	char *path = g_build_filename(out, "index.html", NULL);
	gboolean ok = output_write(path, html->str, html->len, err);
	g_free(path);
	g_string_free(html, TRUE);
	return ok;
}
