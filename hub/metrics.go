package hub

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the hub's Prometheus collectors.
type Metrics struct {
	conns     prometheus.Gauge
	rooms     prometheus.Gauge
	in        prometheus.Counter
	out       prometheus.Counter
	fanout    prometheus.Histogram
	commit    prometheus.Histogram // one history write of a batch
	batch     prometheus.Histogram // messages a batch
	stored    prometheus.Histogram // a message from its queueing to its delivery
	overflows prometheus.Counter
	dropped   prometheus.Counter
	refused   *prometheus.CounterVec
	shed      *prometheus.CounterVec
	sendLimit prometheus.Gauge
	closes    *prometheus.CounterVec
	busIn     *prometheus.CounterVec
	busOut    *prometheus.CounterVec
	busErrors prometheus.Counter
}

var commitBuckets = []float64{.0001, .00025, .0005, .001, .002, .003, .005, .0075, .01, .015, .02, .03, .05, .1, .25, 1}

// NewMetrics makes the hub's collectors and registers them on reg (nil: not
// registered, for tests and tools).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		conns: prometheus.NewGauge(prometheus.GaugeOpts{Name: "village_ws_connections",
			Help: "Open WebSocket connections on this node."}),
		rooms: prometheus.NewGauge(prometheus.GaugeOpts{Name: "village_ws_rooms",
			Help: "Rooms this node knows (with a member on some node)."}),
		in: prometheus.NewCounter(prometheus.CounterOpts{Name: "village_ws_messages_in_total",
			Help: "Frames received from clients."}),
		out: prometheus.NewCounter(prometheus.CounterOpts{Name: "village_ws_messages_out_total",
			Help: "Room frames queued to clients (one per recipient)."}),
		fanout: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "village_ws_fanout_seconds",
			Help:    "Time to queue one room message on every local member.",
			Buckets: []float64{.00001, .00005, .0001, .0005, .001, .005, .01, .05}}),
		// The chat commit's three histograms say where a send's wait goes
		// (docs/benchmarks.md, issue 10): the disk, or the queue before it.
		// Their buckets are finer than the store's below 30 ms, where a
		// 10-ms target is judged.
		commit: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "village_chat_commit_seconds",
			Help:    "Time to write one batch of chat messages to the history (one transaction and its syncs).",
			Buckets: commitBuckets}),
		batch: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "village_chat_commit_messages",
			Help:    "Chat messages written in one batch.",
			Buckets: []float64{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2048}}),
		stored: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "village_chat_stored_seconds",
			Help:    "Time from a chat message's queueing for the commit to its delivery and acknowledgement.",
			Buckets: commitBuckets}),
		overflows: prometheus.NewCounter(prometheus.CounterOpts{Name: "village_ws_queue_overflows_total",
			Help: "Connections closed because their send queue was full."}),
		dropped: prometheus.NewCounter(prometheus.CounterOpts{Name: "village_ws_presence_dropped_total",
			Help: "Presence frames dropped on a busy queue (repaired by a snapshot)."}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "village_ws_refused_total",
			Help: "Client requests refused, by error code."}, []string{"code"}),
		shed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "village_ws_sends_shed_total",
			Help: "Chat sends refused for overload (rate_limited), by what was full: queue (the sender's), room or node."}, []string{"why"}),
		sendLimit: prometheus.NewGauge(prometheus.GaugeOpts{Name: "village_ws_send_limit",
			Help: "The node's bound on chat sends in progress now (it adapts to keep sends quick)."}),
		closes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "village_ws_closes_total",
			Help: "Connections closed, by reason."}, []string{"reason"}),
		busIn: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "village_bus_messages_in_total",
			Help: "Bus messages received, by subject."}, []string{"subject"}),
		busOut: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "village_bus_messages_out_total",
			Help: "Bus messages published, by subject."}, []string{"subject"}),
		busErrors: prometheus.NewCounter(prometheus.CounterOpts{Name: "village_bus_publish_errors_total",
			Help: "Bus publishes that failed."}),
	}
	if reg != nil {
		reg.MustRegister(m.conns, m.rooms, m.in, m.out, m.fanout, m.commit, m.batch, m.stored, m.overflows, m.dropped,
			m.refused, m.shed, m.sendLimit, m.closes, m.busIn, m.busOut, m.busErrors)
	}
	return m
}
