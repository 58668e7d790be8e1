/* fv-test-cost.h — the clock of the tests that compare two input sizes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <time.h>

/* Microseconds of processor time this thread has used. The wall clock
 * also counts the time the machine gave to other work (seven builds at
 * once on two cores stretched one size's load 16-fold and not the
 * other's); this clock counts only ours. */
static inline gint64
fv_test_cpu_time (void)
{
  struct timespec now;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now) != 0)
    return g_get_monotonic_time ();
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}
