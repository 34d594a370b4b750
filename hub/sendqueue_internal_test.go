package hub

import (
	"fmt"
	"testing"
)

// TestSendQueue: frames come out in order, the bound holds, the writer is
// woken once per fill of an empty queue, and an emptied queue gives its
// array back once it has grown past what an ordinary room needs.
func TestSendQueue(t *testing.T) {
	q := newSendQueue(100)
	if cap(q.items) != 0 {
		t.Fatalf("a new queue holds an array of %d frames", cap(q.items))
	}
	tokens := func() int {
		n := 0
		for {
			select {
			case <-q.ready:
				n++
			default:
				return n
			}
		}
	}
	push := func(from, to int) {
		for i := from; i < to; i++ {
			if !q.push(frame{data: []byte(fmt.Sprint(i))}) {
				t.Fatalf("frame %d refused under the bound", i)
			}
		}
	}
	pop := func(from, to int) {
		for i := from; i < to; i++ {
			f, ok := q.pop()
			if !ok || string(f.data) != fmt.Sprint(i) {
				t.Fatalf("pop: %q %v, want frame %d", f.data, ok, i)
			}
		}
	}
	push(0, 3)
	if n := tokens(); n != 1 {
		t.Fatalf("three frames into an empty queue left %d tokens, want 1", n)
	}
	pop(0, 3)
	if _, ok := q.pop(); ok || q.len() != 0 {
		t.Fatalf("an emptied queue still gives frames (len %d)", q.len())
	}
	if cap(q.items) > keptCap {
		t.Fatalf("a small queue emptied holds %d", cap(q.items))
	}
	// Interleaved pushes and pops keep the order while the array slides
	// and grows; the bound counts frames waiting, not pushed.
	next := 0
	for i := 0; i < 1000; i += 10 {
		push(i, i+10)
		pop(next, next+7)
		next += 7
		if q.len() != i+10-next {
			t.Fatalf("len %d, want %d", q.len(), i+10-next)
		}
		if q.len() > 90 {
			break
		}
	}
	waiting := q.len()
	push(next+waiting, next+100)
	if q.push(frame{data: []byte("over")}) || q.len() != 100 {
		t.Fatalf("the 101st frame was taken (len %d)", q.len())
	}
	pop(next, next+100)
	if q.items != nil {
		t.Fatalf("an emptied queue keeps an array of %d frames", cap(q.items))
	}
	push(0, 1)
	if n := tokens(); n != 1 {
		t.Fatalf("a frame into the emptied queue left %d tokens, want 1", n)
	}
}
