import { withSession } from "../../../lib/withSession";
import { dbConnect } from "../../../lib/mongodb";
import Order from "../../../models/Order";
import Listing from "../../../models/Listing";

async function handler(req, res, session) {
  await dbConnect();
  if (req.method === "GET") {
    const orders = await Order.find({ buyer: session.user.id }).populate("listing", "title").lean();
    return res.json(orders);
  }
  if (req.method === "POST") {
    const listing = await Listing.findOne({ _id: req.body.listingId, status: "active" });
    if (!listing) return res.status(400).json({ message: "Listing unavailable" });
    const order = await Order.create({
      listing: listing._id,
      buyer: session.user.id,
      shippingAddress: String(req.body.shippingAddress || "").slice(0, 500),
    });
    Listing.updateOne({ _id: listing._id }, { status: "sold" }).catch(() => {});
    return res.status(201).json(order);
  }
  res.status(405).end();
}

export default withSession(handler);
