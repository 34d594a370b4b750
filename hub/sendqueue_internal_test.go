package hub

import (
	"fmt"
	"testing"
)

// TestSendQueue: frames come out in order, the bound holds, a writer is
// started by the first push that finds none and by nothing else until it
// has gone idle, and an emptied queue gives its array back once it has
// grown past what an ordinary room needs.
func TestSendQueue(t *testing.T) {
	q := newSendQueue(100)
	if cap(q.items) != 0 {
		t.Fatalf("a new queue holds an array of %d frames", cap(q.items))
	}
	// starts counts the pushes that said to start a writer.
	starts := 0
	push := func(from, to int) {
		for i := from; i < to; i++ {
			ok, start := q.push(frame{data: []byte(fmt.Sprint(i))})
			if !ok {
				t.Fatalf("frame %d refused under the bound", i)
			}
			if start {
				starts++
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
	if starts != 1 {
		t.Fatalf("three frames into an empty queue started %d writers, want 1", starts)
	}
	pop(0, 2)
	if q.idle() {
		t.Fatal("the writer went idle with a frame waiting")
	}
	if q.claim() {
		t.Fatal("a close claimed the turn of a writer that runs")
	}
	pop(2, 3)
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
	if ok, _ := q.push(frame{data: []byte("over")}); ok || q.len() != 100 {
		t.Fatalf("the 101st frame was taken (len %d)", q.len())
	}
	if starts != 1 {
		t.Fatalf("pushes while the writer ran started %d writers, want 1 in all", starts)
	}
	pop(next, next+100)
	if q.items != nil {
		t.Fatalf("an emptied queue keeps an array of %d frames", cap(q.items))
	}
	if !q.idle() {
		t.Fatal("the writer of an empty queue did not go idle")
	}
	push(0, 1)
	if starts != 2 {
		t.Fatalf("a frame into the emptied queue, the writer idle, started %d writers in all, want 2", starts)
	}
	pop(0, 1)
	if !q.idle() || !q.claim() || q.claim() {
		t.Fatal("an idle queue's turn is claimed once")
	}
}
