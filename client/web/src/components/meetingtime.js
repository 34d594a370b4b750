// meetingtime: a 1:1 meeting's times as both of its people read them. Every
// time is shown in the viewer's zone (their profile's, else the browser's)
// and in the other person's ("Tue 10 Nov, 14:00 for you · 09:00 for Amina
// (Bogota)"), since the two may be half a world apart; and a time typed in
// one's own zone is sent in UTC.
import { account } from '../session.js';
import { t, formatDateTime, browserZone } from '../i18n.js';

// WHEN is how a time reads in one's own zone.
export const WHEN = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
const TIME = { hour: 'numeric', minute: '2-digit' };
const DAY_TIME = { weekday: 'short', hour: 'numeric', minute: '2-digit' };
const DAY_KEY = { year: 'numeric', month: '2-digit', day: '2-digit' };
const FULL = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

// isolate keeps a name written in another direction whole in a sentence.
export const isolate = (s) => '\u2068' + (s || '') + '\u2069';

// myZone is the viewer's time zone.
export function myZone() {
  return account.value?.time_zone || browserZone();
}

// city names a zone by its place ("America/Argentina/Buenos_Aires":
// "Buenos Aires").
export function city(zone) {
  return (zone || 'UTC').split('/').pop().replaceAll('_', ' ');
}

// mine is iso in the viewer's zone.
export function mine(iso) {
  return formatDateTime(iso, myZone(), WHEN);
}

// theirs is iso in zone, with its weekday only when that day is not the
// viewer's day (a Tuesday afternoon in Tokyo is Monday night in Bogota).
export function theirs(iso, zone) {
  const same = formatDateTime(iso, myZone(), DAY_KEY) === formatDateTime(iso, zone, DAY_KEY);
  return formatDateTime(iso, zone, same ? TIME : DAY_TIME);
}

// bothZones says iso for the viewer and for other ({name, time_zone}); one
// clause when both read the same clock.
export function bothZones(iso, other) {
  const zone = other?.time_zone;
  const name = isolate(other?.name || t('meetings.someone'));
  if (!zone || formatDateTime(iso, zone, FULL) === formatDateTime(iso, myZone(), FULL)) {
    return t('meetings.time.same', { mine: mine(iso), name });
  }
  return t('meetings.time.both', { mine: mine(iso), theirs: theirs(iso, zone), name, city: city(zone) });
}

