package main

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// serverSample is what the node's /metrics says at one moment.
type serverSample struct {
	At          time.Time `json:"at"`
	RSS         float64   `json:"rss_bytes"`          // process_resident_memory_bytes
	HeapInuse   float64   `json:"heap_inuse_bytes"`   // go_memstats_heap_inuse_bytes
	StackInuse  float64   `json:"stack_inuse_bytes"`  // go_memstats_stack_inuse_bytes
	NextGC      float64   `json:"next_gc_bytes"`      // go_memstats_next_gc_bytes
	CPUSeconds  float64   `json:"cpu_seconds"`        // process_cpu_seconds_total
	Goroutines  float64   `json:"goroutines"`         // go_goroutines
	Connections float64   `json:"ws_connections"`     // village_ws_connections
	Rooms       float64   `json:"ws_rooms"`           // village_ws_rooms
	Overflows   float64   `json:"ws_queue_overflows"` // village_ws_queue_overflows_total
	Dropped     float64   `json:"ws_presence_dropped"`
	// The chat commit: how long a batch's write took, how many messages
	// it carried, how long a message waited from queued to delivered.
	Commit     nodeHistogram `json:"chat_commit_seconds"`
	CommitSize nodeHistogram `json:"chat_commit_messages"`
	Stored     nodeHistogram `json:"chat_stored_seconds"`
	OK         bool          `json:"ok"`
}

var sampled = map[string]func(*serverSample, float64){
	"process_resident_memory_bytes":     func(s *serverSample, v float64) { s.RSS = v },
	"go_memstats_heap_inuse_bytes":      func(s *serverSample, v float64) { s.HeapInuse = v },
	"go_memstats_stack_inuse_bytes":     func(s *serverSample, v float64) { s.StackInuse = v },
	"process_cpu_seconds_total":         func(s *serverSample, v float64) { s.CPUSeconds = v },
	"go_memstats_next_gc_bytes":         func(s *serverSample, v float64) { s.NextGC = v },
	"go_goroutines":                     func(s *serverSample, v float64) { s.Goroutines = v },
	"village_ws_connections":            func(s *serverSample, v float64) { s.Connections = v },
	"village_ws_rooms":                  func(s *serverSample, v float64) { s.Rooms = v },
	"village_ws_queue_overflows_total":  func(s *serverSample, v float64) { s.Overflows = v },
	"village_ws_presence_dropped_total": func(s *serverSample, v float64) { s.Dropped = v },
}

// scrape reads the node's /metrics; a failure is a sample with OK false.
func scrape(ctx context.Context, base string) serverSample {
	s := serverSample{At: time.Now()}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/metrics", nil)
	if err != nil {
		return s
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return s
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return s
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		parseMetricLine(&s, sc.Text())
	}
	s.OK = sc.Err() == nil
	return s
}

// parseMetricLine takes "name value" lines of the metrics we sample
// (unlabelled series only).
func parseMetricLine(s *serverSample, line string) {
	if line == "" || line[0] == '#' {
		return
	}
	name, value, ok := strings.Cut(line, " ")
	if !ok {
		return
	}
	if parseHistogramLine(s, name, strings.Fields(value)[0]) {
		return
	}
	set := sampled[name]
	if set == nil {
		return
	}
	if v, err := strconv.ParseFloat(strings.Fields(value)[0], 64); err == nil {
		set(s, v)
	}
}

// peakSampler samples the node every interval and keeps the highest RSS
// and connection count seen.
type peakSampler struct {
	peak serverSample
}

func (p *peakSampler) observe(s serverSample) {
	if !s.OK {
		return
	}
	if s.RSS > p.peak.RSS {
		p.peak.RSS, p.peak.At = s.RSS, s.At
	}
	p.peak.HeapInuse = max(p.peak.HeapInuse, s.HeapInuse)
	p.peak.StackInuse = max(p.peak.StackInuse, s.StackInuse)
	p.peak.Goroutines = max(p.peak.Goroutines, s.Goroutines)
	p.peak.Connections = max(p.peak.Connections, s.Connections)
	p.peak.Rooms = max(p.peak.Rooms, s.Rooms)
	p.peak.OK = true
}

func (p *peakSampler) run(ctx context.Context, base string, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			p.observe(scrape(ctx, base))
		}
	}
}

func mib(b float64) string { return fmt.Sprintf("%.1f MiB", b/(1<<20)) }
