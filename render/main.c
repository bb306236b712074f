/* main: render's entry point: the command line becomes a request (cli), the
 * request a figure in memory (figure), and the figure files written whole;
 * or `render batch` draws a folder of figures (batch). */
#include "batch.h"
#include "cli.h"
#include "diag.h"
#include "figure.h"
#include "fonts.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static gboolean run(const CliRequest *req, GError **err)
{
	Fonts *fonts = fonts_open(req->fonts_dir, err);
	if (!fonts)
		return FALSE;
	FigureOutputs out;
	/* Everything is drawn in memory first, so a failure leaves no file behind. */
	gboolean ok = figure_make(req, fonts, &out, err) && figure_write(req, &out, err);
	figure_clear(&out);
	fonts_close(fonts);
	return ok;
}

/* Standard output must reach its file: --help, --version. GLib prints a
 * command's --help and exits by itself, so this runs at exit. */
static void check_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "render: cannot write to standard output\n");
		_exit(DIAG_IO);
	}
}

int main(int argc, char **argv)
{
	/* Output must never depend on the user's locale. */
	setlocale(LC_ALL, "C");
	atexit(check_stdout);
	if (batch_wanted(argc, argv))
		return batch_main(argc, argv);
	CliRequest req;
	int status = cli_parse(argc, argv, &req);
	if (status < 0) {
		GError *err = NULL;
		status = run(&req, &err) ? 0 : cli_report(&req, err);
		g_clear_error(&err);
	}
	cli_clear(&req);
	return status;
}
