/* seatmark: the marks of a seat chart; see seatmark.h. */
#include "seatmark.h"

#define LINE_INK 0x262626    /* threshold lines: darker than PAGE_RULE, they cross colour */
#define HALO_INK 0xffffff
#define PALE 0.72            /* luminance above which a colour vanishes on paper */

SeatMark seatmark_of(const ParlParty *pp, double r)
{
	SeatMark m = {.fill = pp->color, .stroke = COLOR_NONE, .line_width = 0,
	              .hatch = FALSE, .r = r};
	if (pp->kind == PARL_APPOINTED) {
		/* Outlined and hatched: seats, but not elected ones. */
		m.line_width = CLAMP(r * 0.16, 0.25, 1.2);
		m.fill = color_tint(pp->color, 0.72);
		m.stroke = pp->color;
		m.hatch = TRUE;
	} else if (pp->kind == PARL_VACANT) {
		m.line_width = CLAMP(r * 0.16, 0.25, 1.2);
		m.fill = COLOR_NONE;
		m.stroke = pp->color;
	}
	/* A near-white colour would vanish on paper: outline it in grey. */
	Color ink = pp->color;
	if (color_luminance(ink) > PALE) {
		ink = color_rgb(0x8c8c8c);
		if (pp->kind == PARL_PARTY || pp->kind == PARL_INDEPENDENT) {
			m.stroke = ink;
			m.line_width = CLAMP(r * 0.1, 0.2, 0.8);
		}
	}
	if (pp->kind == PARL_APPOINTED || pp->kind == PARL_VACANT)
		m.stroke = ink;
	/* The outline straddles the edge: seats keep their full size, and the
	 * gaps between seats are far wider than half an outline. */
	return m;
}

void seatmark_tag(SceneItem *it, const ParlParty *pp)
{
	it->party = g_strdup(pp->name);
	it->row = pp->line;
}

SceneItem *seatmark_seat(Scene *s, const ParlParty *pp, double cx, double cy, double r)
{
	SeatMark m = seatmark_of(pp, r);
	SceneItem *it = scene_seat(s, pp->name, cx, cy, m.r, m.fill, m.stroke, m.line_width);
	it->row = pp->line;
	it->hatch = m.hatch;
	return it;
}

SceneItem *seatmark_swatch(Scene *s, const ParlParty *pp, double cx, double cy, double r)
{
	SeatMark m = seatmark_of(pp, r);
	SceneItem *it = scene_circle(s, "swatch", cx, cy, m.r, m.fill, m.stroke, m.line_width);
	it->hatch = m.hatch;
	seatmark_tag(it, pp);
	return it;
}

SeatLineMark seatmark_line(SeatCutKind kind)
{
	gboolean maj = kind == SEATCUT_MAJORITY;
	double w = maj ? 1.1 : 0.8;
	return (SeatLineMark){.width = w, .halo = w + 1.4, .dash = maj ? 0 : 2.5};
}

SeatLineMark seatmark_line_within(SeatCutKind kind, double room)
{
	SeatLineMark m = seatmark_line(kind);
	m.width = MAX(MIN(m.width, room), SEATMARK_LINE_MIN);
	m.halo = MAX(MIN(m.halo, room), m.width);
	/* A thinner line gets shorter dashes, so it still reads as dashed. */
	if (m.dash > 0)
		m.dash = MIN(m.dash, 2 + 2 * m.width);
	return m;
}

void seatmark_cut_path(Scene *s, SeatCutKind kind, const ScenePoint *pts, int n,
                       double room)
{
	SeatLineMark m = seatmark_line_within(kind, room);
	scene_path(s, "halo", pts, n, FALSE, COLOR_NONE, color_rgb(HALO_INK), m.halo);
	SceneItem *it = scene_path(s, seatcut_role(kind), pts, n, FALSE, COLOR_NONE,
	                           color_rgb(LINE_INK), m.width);
	it->dash = m.dash;
}

void seatmark_cut_line(Scene *s, SeatCutKind kind, double x, double line0, double line1,
                       double halo0, double halo1)
{
	SeatLineMark m = seatmark_line(kind);
	if (halo1 > halo0)
		scene_line(s, "halo", x, halo0, x, halo1, m.halo, color_rgb(HALO_INK));
	SceneItem *it = scene_line(s, seatcut_role(kind), x, line0, x, line1, m.width,
	                           color_rgb(LINE_INK));
	it->dash = m.dash;
}
