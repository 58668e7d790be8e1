/* fv-cli-output.c — what the commands print, and whether it arrived
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A command's result is what it writes to standard output: when that
 * cannot be written (standard output closed, a full disk, /dev/full), the
 * command failed, whatever it did before, and says so.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "fv-cli.h"

static int stdout_errno;  /* the first write to standard output that failed */

/* TEXT on standard output: as UTF-8 (JSON is UTF-8 whatever the locale),
 * or in the locale's charset as g_print() writes it. A failure is kept for
 * fv_cli_finish(): a result that did not arrive is not a success. */
static void
write_stdout (const char *text,
              gboolean    utf8)
{
  g_autofree char *converted = NULL;
  const char *charset;

  if (!utf8 && !g_get_console_charset (&charset))
    converted = g_convert_with_fallback (text, -1, charset, "UTF-8", "?", NULL, NULL, NULL);
  errno = 0;
  if ((fputs (converted != NULL ? converted : text, stdout) == EOF || fflush (stdout) != 0) &&
      stdout_errno == 0)
    stdout_errno = errno != 0 ? errno : EIO;
}

static void
print_to_stdout (const char *text)
{
  write_stdout (text, FALSE);
}

/**
 * fv_cli_write_utf8:
 *
 * Writes @text to standard output as it is, UTF-8 whatever the locale
 * (JSON is UTF-8), watched as g_print() is.
 */
void
fv_cli_write_utf8 (const char *text)
{
  g_return_if_fail (text != NULL);

  write_stdout (text, TRUE);
}

/**
 * fv_cli_begin:
 *
 * At the program's start, before any file is opened: its standard output
 * watched, through g_print() and the JSON alike, for fv_cli_finish().
 */
void
fv_cli_begin (void)
{
  /* Started with standard output closed (>&-), the next file opened would
   * take descriptor 1 and receive what is printed. /dev/null opened
   * read-only holds its place: every write to it fails, as on a closed
   * one. */
  if (fcntl (STDOUT_FILENO, F_GETFD) == -1 && errno == EBADF)
    {
      int fd = open ("/dev/null", O_RDONLY | O_CLOEXEC);

      if (fd > STDOUT_FILENO)
        {
          dup2 (fd, STDOUT_FILENO);
          close (fd);
        }
    }
  g_set_print_handler (print_to_stdout);
}

/**
 * fv_cli_finish:
 * @status: the command's exit status
 *
 * Returns: @status, or 1 with a message when what the command printed
 *   could not all be written (standard output closed, a full disk,
 *   /dev/full)
 */
int
fv_cli_finish (int status)
{
  g_autofree char *message = NULL;

  if (fflush (stdout) != 0 && stdout_errno == 0)
    stdout_errno = errno;
  if (ferror (stdout) && stdout_errno == 0)
    stdout_errno = EIO;
  if (stdout_errno == 0)
    return status;

  message = g_strdup_printf (_("Could not write “%s”: %s"), _("standard output"),
                             g_strerror (stdout_errno));
  g_printerr ("%s\n", message);
  return status != 0 ? status : 1;
}
