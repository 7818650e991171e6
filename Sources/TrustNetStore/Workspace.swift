import TrustNet
import GRDB
