/* diag: error values in the render domain; see diag.h. */
#include "diag.h"

#include <stdarg.h>

G_DEFINE_QUARK(render-error-quark, diag_error)

gboolean diag_at(GError **err, const char *path, int line, int col,
                 const char *fmt, ...)
{
	if (!err || *err)
		return FALSE;
	va_list ap;
	va_start(ap, fmt);
	char *what = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	GString *msg = g_string_new(path);
	if (line > 0)
		g_string_append_printf(msg, ":%d", line);
	if (line > 0 && col > 0)
		g_string_append_printf(msg, ":%d", col);
	g_string_append_printf(msg, ": %s", what);
	g_set_error_literal(err, DIAG_ERROR, DIAG_DATA, msg->str);
	g_string_free(msg, TRUE);
	g_free(what);
	return FALSE;
}

gboolean diag_fail(GError **err, DiagCode code, const char *fmt, ...)
{
	if (!err || *err)
		return FALSE;
	va_list ap;
	va_start(ap, fmt);
	char *what = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error_literal(err, DIAG_ERROR, code, what);
	g_free(what);
	return FALSE;
}
