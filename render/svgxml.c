/* svgxml: numbers, text and colours as XML; see svgxml.h. */
#include "svgxml.h"

#include <math.h>
#include <string.h>

void svgxml_num(GString *out, double v, int decimals)
{
	double scale = pow(10, decimals);
	double r = round(v * scale) / scale;
	if (r == 0 || !isfinite(r))
		r = 0;
	char fmt[8], buf[G_ASCII_DTOSTR_BUF_SIZE];
	g_snprintf(fmt, sizeof fmt, "%%.%df", decimals);
	const char *s = g_ascii_formatd(buf, sizeof buf, fmt, r);
	gsize len = strlen(s);
	if (decimals > 0) {
		while (s[len - 1] == '0')
			len--;
		if (s[len - 1] == '.')
			len--;
	}
	g_string_append_len(out, s, (gssize)len);
}

void svgxml_attr(GString *out, const char *name, double v)
{
	g_string_append_printf(out, " %s=\"", name);
	svgxml_num(out, v, 3);
	g_string_append_c(out, '"');
}

void svgxml_text(GString *out, const char *s, gssize len)
{
	const guchar *p = (const guchar *)s;
	const guchar *end = len < 0 ? p + strlen(s) : p + len;
	for (; p < end; p++) {
		if (p[0] == 0xe2 && p + 2 < end && p[1] == 0x81 && p[2] == 0xa0) {
			p += 2;   /* U+2060 WORD JOINER */
			continue;
		}
		switch (*p) {
		case '&': g_string_append(out, "&amp;"); break;
		case '<': g_string_append(out, "&lt;"); break;
		case '>': g_string_append(out, "&gt;"); break;
		default:
			if (*p >= 0x20 || *p == '\t' || *p == '\n')
				g_string_append_c(out, (char)*p);
		}
	}
}

void svgxml_color(GString *out, const char *name, Color c)
{
	if (c.a <= 0) {
		g_string_append_printf(out, " %s=\"none\"", name);
		return;
	}
	g_string_append_printf(out, " %s=\"#%02x%02x%02x\"", name, (int)lround(c.r * 255),
	                       (int)lround(c.g * 255), (int)lround(c.b * 255));
	if (c.a < 1) {
		g_string_append_printf(out, " %s-opacity=\"", name);
		svgxml_num(out, c.a, 3);
		g_string_append_c(out, '"');
	}
}
