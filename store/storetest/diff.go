package storetest

import (
	"fmt"
	"reflect"
	"strings"
	"time"
)

var timeType = reflect.TypeFor[time.Time]()

// Diff compares two records of the same struct type (or pointers to them)
// field by field and describes the differences; "" means equal. Times are
// compared with Equal, since backends may give back another location or
// drop the monotonic reading, and a nil slice equals an empty one, since
// not every encoding keeps the difference.
func Diff(got, want any) string {
	g, w := reflect.Indirect(reflect.ValueOf(got)), reflect.Indirect(reflect.ValueOf(want))
	if g.Type() != w.Type() || g.Kind() != reflect.Struct {
		return fmt.Sprintf("cannot compare %s with %s", g.Type(), w.Type())
	}
	var out []string
	for i := range g.NumField() {
		f := g.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		gf, wf := g.Field(i), w.Field(i)
		var same bool
		switch {
		case f.Type == timeType:
			same = gf.Interface().(time.Time).Equal(wf.Interface().(time.Time))
		case f.Type.Kind() == reflect.Slice && gf.Len() == 0 && wf.Len() == 0:
			same = true
		default:
			same = reflect.DeepEqual(gf.Interface(), wf.Interface())
		}
		if !same {
			out = append(out, fmt.Sprintf("%s: got %v, want %v", f.Name, gf.Interface(), wf.Interface()))
		}
	}
	return strings.Join(out, "; ")
}
