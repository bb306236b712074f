/* svgtext: text items from pango's layout to SVG; see svgtext.h. Both modes
 * walk the same layout draw.c shows, so the SVG puts every line (live text)
 * or glyph (outlines) where the PDF and PNG have it. */
#include "svgtext.h"
#include "svgxml.h"

#include <hb.h>
#include <math.h>
#include <string.h>

#define PS ((double)PANGO_SCALE)

/* Where pango's layout origin goes so its logical box is the item's box. */
static void layout_origin(PangoLayout *layout, const SceneItem *it, double *ox, double *oy)
{
	PangoRectangle logical;
	pango_layout_get_extents(layout, NULL, &logical);
	*ox = it->x - logical.x / PS;
	*oy = it->y - logical.y / PS;
}

/* The end of what line shows of text: without the spaces it broke at. */
static int written_end(const char *text, const PangoLayoutLine *line)
{
	int end = line->start_index + line->length;
	while (end > line->start_index && strchr(" \t\r\n", text[end - 1]))
		end--;
	return end;
}

/* Pango may end a line broken inside a word with a hyphen of its own, a
 * glyph no character of the text stands for: the character to write for
 * it, or 0. */
static gunichar added_hyphen(const char *text, const PangoLayoutLine *line, int end)
{
	GSList *last = g_slist_last(line->runs);
	if (!last || end <= line->start_index)
		return 0;
	const PangoGlyphItem *run = last->data;
	const PangoGlyphString *gs = run->glyphs;
	gunichar before = g_utf8_get_char(g_utf8_prev_char(text + end));
	if (gs->num_glyphs < 1 || before == '-' || before == 0x2010)
		return 0;
	hb_font_t *hb = pango_font_get_hb_font(run->item->analysis.font);
	guint glyph = gs->glyphs[gs->num_glyphs - 1].glyph;
	const gunichar hyphens[] = {0x2010, '-'};
	for (size_t i = 0; i < G_N_ELEMENTS(hyphens); i++) {
		hb_codepoint_t g;
		if (hb_font_get_nominal_glyph(hb, hyphens[i], &g) && g == glyph)
			return hyphens[i];
	}
	return 0;
}

/* Writes text[from, to) as character data and notes its characters. */
static void chars(GString *out, SvgFonts *faces, int face, const char *from, const char *to)
{
	svgxml_text(out, from, to - from);
	for (const char *p = from; p < to; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c >= 0x20 && c != 0x2060)
			svgfont_use_char(faces, face, c);
	}
}

/* The advance of the glyphs of run that show characters before end. */
static int run_advance(const PangoGlyphItem *run, int end)
{
	int w = 0;
	for (int g = 0; g < run->glyphs->num_glyphs; g++)
		if (run->item->offset + run->glyphs->log_clusters[g] < end)
			w += run->glyphs->glyphs[g].geometry.width;
	return w;
}

/* One line as a <tspan>: anchored as it is aligned, at the x pango placed
 * it and its baseline; a run in another face than the text's (a fallback)
 * in a <tspan> of its own. */
static void live_line(GString *out, const SceneItem *it, PangoLayoutIter *iter,
                      double ox, double oy, SvgFonts *faces)
{
	const char *text = it->text;
	PangoLayoutLine *line = pango_layout_iter_get_line_readonly(iter);
	PangoRectangle logical;
	pango_layout_iter_get_line_extents(iter, NULL, &logical);
	int end = written_end(text, line);
	gunichar hyphen = added_hyphen(text, line, end);
	int advance = 0;
	for (GSList *r = line->runs; r; r = r->next)
		advance += run_advance(r->data, end);
	double x = ox + logical.x / PS, w = advance / PS;
	x += it->style.align == TEXT_CENTER ? w / 2 : it->style.align == TEXT_RIGHT ? w : 0;
	g_string_append(out, "<tspan");
	svgxml_attr(out, "x", x);
	svgxml_attr(out, "y", oy + pango_layout_iter_get_baseline(iter) / PS);
	g_string_append_c(out, '>');
	int face = -1;
	for (GSList *r = line->runs; r; r = r->next) {
		const PangoGlyphItem *run = r->data;
		int from = run->item->offset, to = MIN(run->item->offset + run->item->length, end);
		if (from >= to)
			continue;
		face = svgfont_face(faces, run->item->analysis.font);
		const char *family;
		int weight;
		gboolean italic;
		svgfont_describe(faces, face, &family, &weight, &italic);
		gboolean own = (weight == 700) != !!it->style.bold || italic != !!it->style.italic;
		if (own)
			g_string_append_printf(out, "<tspan font-weight=\"%d\" font-style=\"%s\">",
			                       weight, italic ? "italic" : "normal");
		chars(out, faces, face, text + from, text + to);
		if (own)
			g_string_append(out, "</tspan>");
	}
	if (hyphen && face >= 0) {
		char buf[8];
		int n = g_unichar_to_utf8(hyphen, buf);
		chars(out, faces, face, buf, buf + n);
	}
	g_string_append(out, "</tspan>");
}

static void live_text(GString *out, const SceneItem *it, PangoLayout *layout,
                      double ox, double oy, SvgFonts *faces)
{
	static const char *const anchors[] = {"start", "middle", "end"};
	g_string_append(out, "<text");
	svgxml_attr(out, "font-size", it->style.size);
	if (it->style.bold)
		g_string_append(out, " font-weight=\"700\"");
	if (it->style.italic)
		g_string_append(out, " font-style=\"italic\"");
	if (it->style.align != TEXT_LEFT)
		g_string_append_printf(out, " text-anchor=\"%s\"", anchors[it->style.align]);
	svgxml_color(out, "fill", it->fill.a > 0 ? it->fill : (Color){0, 0, 0, 1});
	g_string_append_c(out, '>');
	PangoLayoutIter *iter = pango_layout_get_iter(layout);
	do
		live_line(out, it, iter, ox, oy, faces);
	while (pango_layout_iter_next_line(iter));
	pango_layout_iter_free(iter);
	g_string_append(out, "</text>\n");
}

/* The font size of run in points (the layout's units). */
static double run_size(const PangoGlyphItem *run)
{
	PangoFontDescription *fd = pango_font_describe(run->item->analysis.font);
	double size = pango_font_description_get_size(fd) / PS;
	pango_font_description_free(fd);
	return size;
}

/* Every glyph as a <use> of its outline, in a group scaled so one unit is
 * a thousandth of an em with y up, its origin the layout's. */
static void outline_text(GString *out, const SceneItem *it, PangoLayout *layout,
                         double ox, double oy, SvgFonts *faces)
{
	PangoLayoutIter *iter = pango_layout_get_iter(layout);
	double scale = 0;
	do {
		PangoLayoutRun *run = pango_layout_iter_get_run_readonly(iter);
		if (!run)
			continue;
		if (!scale) {
			scale = run_size(run) / SVGFONT_EM;
			g_string_append(out, "<g");
			svgxml_color(out, "fill", it->fill.a > 0 ? it->fill : (Color){0, 0, 0, 1});
			g_string_append(out, " transform=\"matrix(");
			svgxml_num(out, scale, 6);
			g_string_append(out, " 0 0 ");
			svgxml_num(out, -scale, 6);
			g_string_append_c(out, ' ');
			svgxml_num(out, ox, 3);
			g_string_append_c(out, ' ');
			svgxml_num(out, oy, 3);
			g_string_append(out, ")\">\n");
		}
		int face = svgfont_face(faces, run->item->analysis.font);
		double k = run_size(run) / SVGFONT_EM / scale;   /* 1 unless a size differs */
		PangoRectangle logical;
		pango_layout_iter_get_run_extents(iter, NULL, &logical);
		double x = logical.x, y = pango_layout_iter_get_baseline(iter);
		for (int g = 0; g < run->glyphs->num_glyphs; g++) {
			const PangoGlyphInfo *gi = &run->glyphs->glyphs[g];
			if (!(gi->glyph & PANGO_GLYPH_UNKNOWN_FLAG) && gi->glyph != PANGO_GLYPH_EMPTY &&
			    svgfont_use_glyph(faces, face, gi->glyph)) {
				g_string_append_printf(out, "<use xlink:href=\"#glyph-%d-%u\"", face,
				                       gi->glyph);
				svgxml_attr(out, "x", (x + gi->geometry.x_offset) / PS / scale / k);
				double v = -(y + gi->geometry.y_offset) / PS / scale / k;
				svgxml_attr(out, "y", v);
				if (k != 1) {
					g_string_append(out, " transform=\"scale(");
					svgxml_num(out, k, 6);
					g_string_append(out, ")\"");
				}
				g_string_append(out, "/>\n");
			}
			x += gi->geometry.width;
		}
	} while (pango_layout_iter_next_run(iter));
	pango_layout_iter_free(iter);
	if (scale)
		g_string_append(out, "</g>\n");
}

void svgtext_write(GString *out, const SceneItem *it, Fonts *fonts, SvgFonts *faces,
                   SvgTextMode mode)
{
	PangoLayout *layout = fonts_layout(fonts, it->text, &it->style);
	double ox, oy;
	layout_origin(layout, it, &ox, &oy);
	if (mode == SVGTEXT_LIVE)
		live_text(out, it, layout, ox, oy, faces);
	else
		outline_text(out, it, layout, ox, oy, faces);
	g_object_unref(layout);
}
