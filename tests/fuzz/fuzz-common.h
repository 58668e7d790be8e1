/* fuzz-common.h — what the fuzz targets share: failures libFuzzer records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer writes a crash-* file for SIGABRT and the sanitizers' reports,
 * not for SIGTRAP, which g_error() and fatal criticals raise: a finding
 * would leave nothing to reproduce. So a failure here, and any critical or
 * error GLib logs, aborts.
 */
#pragma once

#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);

G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
static inline void
fuzz_fail (const char *format,
           ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

static GLogWriterOutput
abort_on_critical (GLogLevelFlags   log_level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (abort_on_critical, NULL, NULL);
  return 0;
}
