import TrustNet
import CGraphviz
