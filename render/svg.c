/* svg: a scene as an SVG document; see svg.h. Shapes follow draw.c's rules
 * (draw_line_width, draw_dashes, draw_hatch), so the SVG shows what the PDF
 * and PNG show; items keep their drawing order except that the items of one
 * group are drawn together where its first item is. */
#include "svg.h"
#include "draw.h"
#include "svggroup.h"
#include "svgxml.h"

#include <math.h>

typedef struct Writer {
	GString *body;
	Fonts *fonts;
	SvgFonts *faces;
	SvgTextMode mode;
	int clips;          /* clip paths so far, for their ids */
} Writer;

/* The element of it's shape, up to its paint: `<circle cx=.. cy=.. r=..`. */
static void shape(GString *b, const SceneItem *it)
{
	switch (it->kind) {
	case SCENE_LINE:
		g_string_append(b, "<line");
		svgxml_attr(b, "x1", it->x1), svgxml_attr(b, "y1", it->y1);
		svgxml_attr(b, "x2", it->x2), svgxml_attr(b, "y2", it->y2);
		break;
	case SCENE_RECT:
		/* cairo takes a negative size, SVG refuses it */
		g_string_append(b, "<rect");
		svgxml_attr(b, "x", it->w < 0 ? it->x + it->w : it->x);
		svgxml_attr(b, "y", it->h < 0 ? it->y + it->h : it->y);
		svgxml_attr(b, "width", fabs(it->w)), svgxml_attr(b, "height", fabs(it->h));
		break;
	case SCENE_CIRCLE:
	case SCENE_SEAT:
		g_string_append(b, "<circle");
		svgxml_attr(b, "cx", it->cx), svgxml_attr(b, "cy", it->cy);
		svgxml_attr(b, "r", MAX(it->r, 0));
		break;
	case SCENE_PATH:
		g_string_append(b, "<path d=\"");
		for (int k = 0; k < it->npoints; k++) {
			g_string_append_c(b, k ? 'L' : 'M');
			svgxml_num(b, it->points[k].x, 3);
			g_string_append_c(b, ' ');
			svgxml_num(b, it->points[k].y, 3);
		}
		g_string_append(b, it->closed ? "Z\"" : "\"");
		break;
	case SCENE_TEXT:
		break;
	}
}

/* The fill and stroke of it, each only if asked for. */
static void paint(GString *b, const SceneItem *it, gboolean fill, gboolean stroke)
{
	svgxml_color(b, "fill", fill && it->kind != SCENE_LINE ? it->fill : COLOR_NONE);
	if (!stroke || it->stroke.a <= 0)
		return;
	svgxml_color(b, "stroke", it->stroke);
	svgxml_attr(b, "stroke-width", draw_line_width(it));
	double d[2];
	if (draw_dashes(it, d)) {
		g_string_append(b, " stroke-dasharray=\"");
		svgxml_num(b, d[0], 3);
		g_string_append_c(b, ' ');
		svgxml_num(b, d[1], 3);
		g_string_append_c(b, '"');
	}
	if (it->kind == SCENE_PATH)
		g_string_append(b, " stroke-linejoin=\"round\"");
}

/* Fill, then hatching clipped to the shape and no outline, as draw.c. */
static void hatched(Writer *w, const SceneItem *it)
{
	GString *b = w->body;
	shape(b, it);
	paint(b, it, TRUE, FALSE);
	g_string_append_printf(b, "/>\n<clipPath id=\"hatch-%d\">", ++w->clips);
	shape(b, it);
	g_string_append(b, "/></clipPath>\n<path d=\"");
	DrawHatch h = draw_hatch(it);
	double a[2], z[2];
	for (int k = 0; draw_hatch_line(&h, k, a, z); k++) {
		g_string_append_c(b, 'M');
		svgxml_num(b, a[0], 3), g_string_append_c(b, ' '), svgxml_num(b, a[1], 3);
		g_string_append_c(b, 'L');
		svgxml_num(b, z[0], 3), g_string_append_c(b, ' '), svgxml_num(b, z[1], 3);
	}
	g_string_append_printf(b, "\" clip-path=\"url(#hatch-%d)\" fill=\"none\"", w->clips);
	svgxml_color(b, "stroke", h.color);
	svgxml_attr(b, "stroke-width", h.width);
	g_string_append(b, "/>\n");
}

static void item(Writer *w, const SceneItem *it)
{
	if (it->kind == SCENE_TEXT) {
		svgtext_write(w->body, it, w->fonts, w->faces, w->mode);
	} else if (it->kind == SCENE_PATH && it->npoints < 1) {
		return;
	} else if (it->hatch && it->kind != SCENE_LINE) {
		hatched(w, it);
	} else {
		shape(w->body, it);
		paint(w->body, it, TRUE, TRUE);
		g_string_append(w->body, "/>\n");
	}
}

/* Every item, those of a group gathered into its <g> with a <title>. */
static void body(Writer *w, const Scene *s)
{
	SvgGroups *g = svggroup_find(s);
	guint n = s->items->len;
	/* next[i]: the next item of i's group, or n */
	guint *next = g_new(guint, n + 1), *last = g_new(guint, g->groups->len + 1);
	for (guint gi = 0; gi < g->groups->len; gi++)
		last[gi] = n;
	for (guint i = n; i-- > 0;) {
		int gi = g->of_item[i];
		next[i] = gi >= 0 ? last[gi] : n;
		if (gi >= 0)
			last[gi] = i;
	}
	gboolean *done = g_new0(gboolean, g->groups->len + 1);
	for (guint i = 0; i < n; i++) {
		int gi = g->of_item[i];
		if (gi < 0) {
			item(w, scene_item((Scene *)s, i));
			continue;
		}
		if (done[gi])
			continue;
		done[gi] = TRUE;
		const SvgGroup *grp = &g_array_index(g->groups, SvgGroup, gi);
		g_string_append_printf(w->body, "<g id=\"%s\" class=\"%s\"><title>", grp->id,
		                       grp->cls);
		svgxml_text(w->body, grp->title, -1);
		g_string_append(w->body, "</title>\n");
		for (guint j = i; j < n; j = next[j])
			item(w, scene_item((Scene *)s, j));
		g_string_append(w->body, "</g>\n");
	}
	g_free(done);
	g_free(next);
	g_free(last);
	svggroup_free(g);
}

static void head(GString *out, const Scene *s, SvgTextMode mode)
{
	g_string_append(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	                "xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"");
	g_string_append(out, " width=\"");
	svgxml_num(out, s->width, 3);
	g_string_append(out, "pt\" height=\"");
	svgxml_num(out, s->height, 3);
	g_string_append(out, "pt\" viewBox=\"0 0 ");
	svgxml_num(out, s->width, 3);
	g_string_append_c(out, ' ');
	svgxml_num(out, s->height, 3);
	g_string_append(out, "\" " SVG_ROOT_MARK);
	if (s->lang)
		g_string_append_printf(out, " xml:lang=\"%s\"", s->lang);
	/* cairo's miter limit, not SVG's 4, so corners are cut where cairo's are */
	g_string_append(out, " stroke-miterlimit=\"10\"");
	if (mode == SVGTEXT_LIVE)
		g_string_append(out, " font-family=\"'" FONTS_FAMILY "', sans-serif\""
		                " text-rendering=\"geometricPrecision\"");
	g_string_append(out, ">\n<title id=\"figure-title\">");
	svgxml_text(out, s->title ? s->title : "", -1);
	g_string_append(out, "</title>\n<desc id=\"figure-desc\">");
	svgxml_text(out, s->desc ? s->desc : "", -1);
	g_string_append(out, "</desc>\n");
}

gboolean svg_write(const Scene *s, Fonts *fonts, SvgTextMode mode, GByteArray *out,
                   GError **err)
{
	Writer w = {.body = g_string_sized_new(64 * 1024), .fonts = fonts,
	            .faces = svgfont_new(), .mode = mode};
	body(&w, s);
	GString *doc = g_string_sized_new(w.body->len + 64 * 1024);
	head(doc, s, mode);
	gboolean ok = TRUE;
	if (mode == SVGTEXT_LIVE) {
		ok = svgfont_write_faces(w.faces, doc, err);
	} else {
		g_string_append(doc, "<defs>\n");
		svgfont_write_glyphs(w.faces, doc);
		g_string_append(doc, "</defs>\n");
	}
	g_string_append_len(doc, w.body->str, (gssize)w.body->len);
	g_string_append(doc, "</svg>\n");
	if (ok)
		g_byte_array_append(out, (const guint8 *)doc->str, (guint)doc->len);
	g_string_free(doc, TRUE);
	g_string_free(w.body, TRUE);
	svgfont_free(w.faces);
	return ok;
}
